<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>DataFolder</name>
    <message>
        <source>Cannot create the data folder %1. Check that it is writable.</source>
        <translation>Não é possível criar a pasta de dados %1. Verifique se ela permite gravação.</translation>
    </message>
    <message>
        <source>Another SpareCycles engine (process %1) is already using %2.</source>
        <translation>Outro mecanismo do SpareCycles (processo %1) já está usando %2.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space and start SpareCycles again.</source>
        <translation>O disco onde fica %1 está cheio. Libere espaço e inicie o SpareCycles de novo.</translation>
    </message>
    <message>
        <source>Cannot write to the data folder %1. Check that it is writable and the disk is not full.</source>
        <translation>Não é possível gravar na pasta de dados %1. Verifique se ela permite gravação e se o disco não está cheio.</translation>
    </message>
</context>
<context>
    <name>DeviceIdentity</name>
    <message numerus="yes">
        <source>%1 of credit not yet paid out and %n unfinished tasks belong to this computer under that key.</source>
        <translation>
            <numerusform>%1 de crédito ainda não pago e %n tarefa não concluída pertencem a este computador com essa chave.</numerusform>
            <numerusform>%1 de crédito ainda não pago e %n tarefas não concluídas pertencem a este computador com essa chave.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of credit not yet paid out belongs to this computer under that key.</source>
        <translation>%1 de crédito ainda não pago pertence a este computador com essa chave.</translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished tasks belong to this computer under that key.</source>
        <translation>
            <numerusform>%n tarefa não concluída pertence a este computador com essa chave.</numerusform>
            <numerusform>%n tarefas não concluídas pertencem a este computador com essa chave.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer is now a new device on the network, with a new key. %n tasks of the old identity were dropped.</source>
        <translation>
            <numerusform>Este computador agora é um novo dispositivo na rede, com uma nova chave. %n tarefa da identidade antiga foi descartada.</numerusform>
            <numerusform>Este computador agora é um novo dispositivo na rede, com uma nova chave. %n tarefas da identidade antiga foram descartadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot record the device&apos;s identity in %1. Check that the disk is not full.</source>
        <translation>Não é possível salvar a identidade do dispositivo em %1. Verifique se o disco não está cheio.</translation>
    </message>
    <message>
        <source>The backup copy of the device key could not be written (%1).</source>
        <translation>Não foi possível gravar a cópia de segurança da chave do dispositivo (%1).</translation>
    </message>
    <message>
        <source>Cannot write the device key in %1. Check that the disk is not full.</source>
        <translation>Não é possível gravar a chave do dispositivo em %1. Verifique se o disco não está cheio.</translation>
    </message>
    <message>
        <source>The key in %1 is not the one this computer joined the network with: the file was replaced.</source>
        <translation>A chave em %1 não é a que este computador usou para entrar na rede: o arquivo foi substituído.</translation>
    </message>
    <message>
        <source>The device key was damaged; it was restored from its backup copy, and this computer keeps its identity on the network.</source>
        <translation>A chave do dispositivo estava danificada; ela foi restaurada da cópia de segurança, e este computador mantém sua identidade na rede.</translation>
    </message>
    <message>
        <source>The device key was missing; it was restored from its backup copy, and this computer keeps its identity on the network.</source>
        <translation>A chave do dispositivo estava faltando; ela foi restaurada da cópia de segurança, e este computador mantém sua identidade na rede.</translation>
    </message>
    <message>
        <source>The device key was restored from the system keychain, and this computer keeps its identity on the network.</source>
        <translation>A chave do dispositivo foi restaurada do chaveiro do sistema, e este computador mantém sua identidade na rede.</translation>
    </message>
    <message>
        <source>Cannot make a device key.</source>
        <translation>Não é possível criar uma chave do dispositivo.</translation>
    </message>
    <message>
        <source>The key that identifies this computer on the network (%1) is damaged, and no backup copy was found.</source>
        <translation>A chave que identifica este computador na rede (%1) está danificada, e nenhuma cópia de segurança foi encontrada.</translation>
    </message>
    <message>
        <source>The key that identifies this computer on the network is missing from %1, and no backup copy was found.</source>
        <translation>A chave que identifica este computador na rede não está em %1, e nenhuma cópia de segurança foi encontrada.</translation>
    </message>
    <message>
        <source>%1 is not a SpareCycles device key (or it is damaged).</source>
        <translation>%1 não é uma chave de dispositivo do SpareCycles (ou está danificada).</translation>
    </message>
    <message>
        <source>%1 is a device key, but not this computer&apos;s: it belongs to another device.</source>
        <translation>%1 é uma chave de dispositivo, mas não a deste computador: ela pertence a outro dispositivo.</translation>
    </message>
    <message>
        <source>Cannot record the device&apos;s identity in %1.</source>
        <translation>Não é possível salvar a identidade do dispositivo em %1.</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name.</source>
        <translation>%1 já existe; escolha um novo nome de arquivo.</translation>
    </message>
    <message>
        <source>This computer&apos;s device key cannot be read: %1</source>
        <translation>Não é possível ler a chave do dispositivo deste computador: %1</translation>
    </message>
</context>
<context>
    <name>EvmAddress</name>
    <message>
        <source>This is an example address from a guide, not your wallet&apos;s: payouts sent to it would be lost. Copy the address from your own wallet app.</source>
        <translation>Este é um endereço de exemplo de um guia, não o da sua carteira: pagamentos enviados para ele seriam perdidos. Copie o endereço do app da sua carteira.</translation>
    </message>
    <message>
        <source>An address starts with 0x followed by 40 characters 0–9 and a–f.</source>
        <translation>Um endereço começa com 0x, seguido de 40 caracteres de 0–9 e a–f.</translation>
    </message>
    <message>
        <source>The capital letters do not match the address&apos;s checksum: there is probably a typo. Copy the address again from your wallet.</source>
        <translation>As letras maiúsculas não conferem com a soma de verificação do endereço: provavelmente há um erro de digitação. Copie o endereço da sua carteira de novo.</translation>
    </message>
</context>
<context>
    <name>FileWalletStore</name>
    <message>
        <source>the password-protected file %1</source>
        <translation>no arquivo protegido por senha %1</translation>
    </message>
    <message>
        <source>The wallet file needs a password.</source>
        <translation>O arquivo da carteira precisa de uma senha.</translation>
    </message>
    <message>
        <source>There is a wallet file already: %1. It is never replaced.</source>
        <translation>Já existe um arquivo de carteira: %1. Ele nunca é substituído.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Não é possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>Cannot write the wallet file in %1: %2.</source>
        <translation>Não é possível gravar o arquivo da carteira em %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write the wallet file %1: %2.</source>
        <translation>Não é possível gravar o arquivo da carteira %1: %2.</translation>
    </message>
    <message>
        <source>There is no wallet file %1.</source>
        <translation>Não existe o arquivo de carteira %1.</translation>
    </message>
    <message>
        <source>Cannot open the wallet file %1: %2.</source>
        <translation>Não é possível abrir o arquivo da carteira %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 não é um arquivo comum.</translation>
    </message>
    <message>
        <source>The wallet file %1 may be read by other users of this computer; make it yours alone (chmod 600 %1) and try again.</source>
        <translation>O arquivo da carteira %1 pode ser lido por outros usuários deste computador; deixe-o só para você (chmod 600 %1) e tente de novo.</translation>
    </message>
    <message>
        <source>Cannot read the wallet file %1: %2.</source>
        <translation>Não é possível ler o arquivo da carteira %1: %2.</translation>
    </message>
    <message>
        <source>Wrong password for the wallet file.</source>
        <translation>Senha errada para o arquivo da carteira.</translation>
    </message>
    <message>
        <source>The wallet file %1 cannot be read: %2</source>
        <translation>Não é possível ler o arquivo da carteira %1: %2</translation>
    </message>
</context>
<context>
    <name>HdKey</name>
    <message>
        <source>A wallet seed is 16 to 64 bytes.</source>
        <translation>A semente de uma carteira tem de 16 a 64 bytes.</translation>
    </message>
    <message>
        <source>The key could not be derived (OpenSSL failed).</source>
        <translation>Não foi possível derivar a chave (falha do OpenSSL).</translation>
    </message>
    <message>
        <source>This seed gives no valid master key; use another one.</source>
        <translation>Esta semente não gera uma chave mestra válida; use outra.</translation>
    </message>
    <message>
        <source>A key path has at most %1 levels.</source>
        <translation>Um caminho de chave tem no máximo %1 níveis.</translation>
    </message>
    <message>
        <source>The key could not be derived (secp256k1 failed).</source>
        <translation>Não foi possível derivar a chave (falha do secp256k1).</translation>
    </message>
    <message>
        <source>Key index %1 is invalid for this key (a 1 in 2^127 case); use the next one.</source>
        <translation>O índice de chave %1 é inválido para esta chave (um caso em 2^127); use o próximo.</translation>
    </message>
    <message>
        <source>A key path starts with &quot;m&quot;, as in %1.</source>
        <translation>Um caminho de chave começa com &quot;m&quot;, como em %1.</translation>
    </message>
    <message>
        <source>Level %1 of the key path, &quot;%2&quot;, is not a number from 0 to 2147483647 (followed by &apos; for a hardened level).</source>
        <translation>O nível %1 do caminho de chave, &quot;%2&quot;, não é um número de 0 a 2147483647 (seguido de &apos; para um nível protegido).</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>SpareCycles</source>
        <translation>SpareCycles</translation>
    </message>
    <message>
        <source>This computer&apos;s identity on the network needs your decision</source>
        <translation>A identidade deste computador na rede precisa da sua decisão</translation>
    </message>
    <message>
        <source>If you saved a copy of the key, put it back to keep everything. Or start as a new device: it starts with no tasks and no credit, and what belongs to the old identity is lost.</source>
        <translation>Se você salvou uma cópia da chave, restaure-a para manter tudo. Ou comece como um novo dispositivo: ele começa sem tarefas e sem crédito, e o que era da identidade antiga se perde.</translation>
    </message>
    <message>
        <source>Put a saved copy back…</source>
        <translation>Restaurar uma cópia salva…</translation>
    </message>
    <message>
        <source>Start as a new device</source>
        <translation>Começar como novo dispositivo</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>The saved copy of the device key</source>
        <translation>A cópia salva da chave do dispositivo</translation>
    </message>
    <message>
        <source>Device key (*.pem);;All files (*)</source>
        <translation>Chave do dispositivo (*.pem);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>KeychainWalletStore</name>
    <message numerus="yes">
        <source>The system keychain did not answer within %n seconds.</source>
        <translation>
            <numerusform>O chaveiro do sistema não respondeu em %n segundo.</numerusform>
            <numerusform>O chaveiro do sistema não respondeu em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>No system keychain (such as GNOME Keyring or KWallet) is running.</source>
        <translation>Nenhum chaveiro do sistema (como GNOME Keyring ou KWallet) está em execução.</translation>
    </message>
    <message>
        <source>No system keychain (such as GNOME Keyring or KWallet) is running (%1).</source>
        <translation>Nenhum chaveiro do sistema (como GNOME Keyring ou KWallet) está em execução (%1).</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>no chaveiro do sistema</translation>
    </message>
    <message>
        <source>The system keychain holds a wallet for this data folder already.</source>
        <translation>O chaveiro do sistema já guarda uma carteira para esta pasta de dados.</translation>
    </message>
    <message>
        <source>The system keychain holds no wallet for this data folder.</source>
        <translation>O chaveiro do sistema não guarda nenhuma carteira para esta pasta de dados.</translation>
    </message>
    <message>
        <source>The wallet key in the system keychain is damaged.</source>
        <translation>A chave da carteira no chaveiro do sistema está danificada.</translation>
    </message>
    <message>
        <source>The system keychain holds no such entry.</source>
        <translation>O chaveiro do sistema não tem essa entrada.</translation>
    </message>
</context>
<context>
    <name>Keystore</name>
    <message>
        <source>These scrypt settings are out of range.</source>
        <translation>Estas configurações do scrypt estão fora do intervalo permitido.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>O gerador de números aleatórios do sistema falhou.</translation>
    </message>
    <message>
        <source>The key could not be encrypted (OpenSSL failed).</source>
        <translation>Não foi possível criptografar a chave (falha do OpenSSL).</translation>
    </message>
    <message>
        <source>This is not a keystore file (it is far too large).</source>
        <translation>Este não é um arquivo keystore (é grande demais).</translation>
    </message>
    <message>
        <source>This is not a keystore file (it is not JSON).</source>
        <translation>Este não é um arquivo keystore (não é JSON).</translation>
    </message>
    <message>
        <source>Only version 3 keystore files can be read.</source>
        <translation>Só é possível ler arquivos keystore da versão 3.</translation>
    </message>
    <message>
        <source>The keystore file has no &quot;crypto&quot; section.</source>
        <translation>O arquivo keystore não tem a seção &quot;crypto&quot;.</translation>
    </message>
    <message>
        <source>The keystore file uses the cipher &quot;%1&quot;; only aes-128-ctr is supported.</source>
        <translation>O arquivo keystore usa a cifra &quot;%1&quot;; só aes-128-ctr é suportada.</translation>
    </message>
    <message>
        <source>The keystore file is damaged (its iv, ciphertext or mac is missing or not hex of the right length).</source>
        <translation>O arquivo keystore está danificado (iv, ciphertext ou mac ausente ou não é hexadecimal do tamanho certo).</translation>
    </message>
    <message>
        <source>The keystore file does not hold an Ethereum private key.</source>
        <translation>O arquivo keystore não contém uma chave privada Ethereum.</translation>
    </message>
    <message>
        <source>The keystore file uses the key derivation &quot;%1&quot;; only scrypt and pbkdf2 are supported.</source>
        <translation>O arquivo keystore usa a derivação de chave &quot;%1&quot;; só scrypt e pbkdf2 são suportadas.</translation>
    </message>
    <message>
        <source>The keystore file is damaged (its salt or dklen is missing or wrong).</source>
        <translation>O arquivo keystore está danificado (salt ou dklen ausente ou errado).</translation>
    </message>
    <message>
        <source>The keystore file is damaged (scrypt needs n, a power of two, and r and p).</source>
        <translation>O arquivo keystore está danificado (o scrypt precisa de n, uma potência de dois, e de r e p).</translation>
    </message>
    <message>
        <source>The keystore file asks for more work than allowed to unlock it (scrypt n=%1 r=%2 p=%3; at most n=%4 and 1 GiB of memory).</source>
        <translation>O arquivo keystore pede mais trabalho do que o permitido para ser desbloqueado (scrypt n=%1 r=%2 p=%3; no máximo n=%4 e 1 GiB de memória).</translation>
    </message>
    <message>
        <source>The key could not be derived (OpenSSL failed).</source>
        <translation>Não foi possível derivar a chave (falha do OpenSSL).</translation>
    </message>
    <message>
        <source>The keystore file uses pbkdf2 with &quot;%1&quot;; only hmac-sha256 is supported.</source>
        <translation>O arquivo keystore usa pbkdf2 com &quot;%1&quot;; só hmac-sha256 é suportado.</translation>
    </message>
    <message>
        <source>The keystore file is damaged (pbkdf2 needs c).</source>
        <translation>O arquivo keystore está danificado (o pbkdf2 precisa de c).</translation>
    </message>
    <message>
        <source>The keystore file asks for more work than allowed to unlock it (pbkdf2 c=%1; at most %2).</source>
        <translation>O arquivo keystore pede mais trabalho do que o permitido para ser desbloqueado (pbkdf2 c=%1; no máximo %2).</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Senha errada.</translation>
    </message>
    <message>
        <source>The key could not be decrypted (OpenSSL failed).</source>
        <translation>Não foi possível descriptografar a chave (falha do OpenSSL).</translation>
    </message>
    <message>
        <source>The keystore file does not hold a valid Ethereum private key.</source>
        <translation>O arquivo keystore não contém uma chave privada Ethereum válida.</translation>
    </message>
    <message>
        <source>The keystore file names the address %1 but holds the key of %2: it has been altered.</source>
        <translation>O arquivo keystore indica o endereço %1, mas contém a chave de %2: ele foi alterado.</translation>
    </message>
</context>
<context>
    <name>Mnemonic</name>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>O gerador de números aleatórios do sistema falhou.</translation>
    </message>
    <message>
        <source>The built-in word list is damaged.</source>
        <translation>A lista de palavras embutida está danificada.</translation>
    </message>
    <message numerus="yes">
        <source>A recovery phrase has 12, 15, 18, 21 or 24 words; this one has %n words.</source>
        <translation>
            <numerusform>Uma frase de recuperação tem 12, 15, 18, 21 ou 24 palavras; esta tem %n palavra.</numerusform>
            <numerusform>Uma frase de recuperação tem 12, 15, 18, 21 ou 24 palavras; esta tem %n palavras.</numerusform>
        </translation>
    </message>
    <message>
        <source>Word %1 has a character that no English recovery word has (only the letters a to z are used).</source>
        <translation>A palavra %1 tem um caractere que nenhuma palavra de recuperação em inglês tem (só são usadas as letras de a a z).</translation>
    </message>
    <message>
        <source>Word %1, &quot;%2&quot;, is not one of the 2048 English recovery words. Check its spelling.</source>
        <translation>A palavra %1, &quot;%2&quot;, não é uma das 2048 palavras de recuperação em inglês. Confira a grafia.</translation>
    </message>
    <message>
        <source>Every word is a recovery word, but together they do not check out: a word is probably wrong or in the wrong place.</source>
        <translation>Todas as palavras são palavras de recuperação, mas juntas não formam uma frase válida: provavelmente uma palavra está errada ou fora do lugar.</translation>
    </message>
    <message>
        <source>The passphrase may only use plain ASCII characters (letters a to z, digits, punctuation).</source>
        <translation>A frase secreta só pode usar caracteres ASCII simples (letras de a a z, algarismos, pontuação).</translation>
    </message>
    <message>
        <source>The recovery phrase could not be turned into a key (OpenSSL failed).</source>
        <translation>Não foi possível transformar a frase de recuperação em uma chave (falha do OpenSSL).</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>Running %1 % of the time, as set in Settings (CPU share)</source>
        <translation>Em execução %1 % do tempo, como definido em Configurações (parcela da CPU)</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Em execução</translation>
    </message>
    <message>
        <source>Running at %1 % while you use the computer</source>
        <translation>Em execução a %1 % enquanto você usa o computador</translation>
    </message>
    <message>
        <source>Paused by you until you resume</source>
        <translation>Pausado por você até ser retomado</translation>
    </message>
    <message>
        <source>Paused by you until %1</source>
        <translation>Pausado por você até %1</translation>
    </message>
    <message>
        <source>Suspended: running on battery</source>
        <translation>Suspenso: usando bateria</translation>
    </message>
    <message>
        <source>Suspended: battery at %1 %, below %2 %</source>
        <translation>Suspenso: bateria em %1 %, abaixo de %2 %</translation>
    </message>
    <message>
        <source>Suspended: outside the hours you allowed</source>
        <translation>Suspenso: fora dos horários que você permitiu</translation>
    </message>
    <message>
        <source>Suspended: %1 is running</source>
        <translation>Suspenso: %1 está em execução</translation>
    </message>
    <message numerus="yes">
        <source>Waiting until the computer has been idle for %n minutes</source>
        <translation>
            <numerusform>Aguardando o computador ficar ocioso por %n minuto</numerusform>
            <numerusform>Aguardando o computador ficar ocioso por %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting: this computer does not say when you are away from it. To run anyway, choose to run always in Settings, under “When to run”.</source>
        <translation>Aguardando: este computador não informa quando você está longe dele. Para rodar mesmo assim, escolha uma das opções “Sempre” em Configurações, em “Quando rodar”.</translation>
    </message>
    <message>
        <source>Suspended: other programs use %1 % of the CPU (limit %2 %)</source>
        <translation>Suspenso: outros programas usam %1 % da CPU (limite %2 %)</translation>
    </message>
    <message>
        <source>Suspended: tasks use more than %1 % of memory</source>
        <translation>Suspenso: as tarefas usam mais de %1 % da memória</translation>
    </message>
    <message>
        <source>Suspended: only %1 free on the disk holding %2; tasks pause while less than %3 is free (Settings). Free some space and they resume.</source>
        <translation>Suspenso: só %1 livre no disco onde fica %2; as tarefas pausam enquanto houver menos de %3 livre (Configurações). Libere espaço e elas continuam.</translation>
    </message>
</context>
<context>
    <name>Secp256k1Key</name>
    <message>
        <source>A private key is 32 bytes.</source>
        <translation>Uma chave privada tem 32 bytes.</translation>
    </message>
    <message>
        <source>Cannot set up secp256k1 (out of memory or no random numbers).</source>
        <translation>Não é possível preparar o secp256k1 (sem memória ou sem números aleatórios).</translation>
    </message>
    <message>
        <source>Not a valid secp256k1 private key (zero, or not below the curve order).</source>
        <translation>Não é uma chave privada secp256k1 válida (zero, ou não menor que a ordem da curva).</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>O gerador de números aleatórios do sistema falhou.</translation>
    </message>
    <message>
        <source>Cannot open the key file %1: %2.</source>
        <translation>Não é possível abrir o arquivo de chave %1: %2.</translation>
    </message>
    <message>
        <source>The key file %1 is not a regular file.</source>
        <translation>O arquivo de chave %1 não é um arquivo comum.</translation>
    </message>
    <message>
        <source>The key file %1 can be read by other users (mode %2); allow only its owner with: chmod 600 %1</source>
        <translation>O arquivo de chave %1 pode ser lido por outros usuários (modo %2); permita o acesso só ao dono com: chmod 600 %1</translation>
    </message>
    <message>
        <source>Cannot read the key file %1.</source>
        <translation>Não é possível ler o arquivo de chave %1.</translation>
    </message>
    <message>
        <source>The key file %1 must hold exactly 64 hexadecimal digits (0-9, a-f) and a newline.</source>
        <translation>O arquivo de chave %1 deve conter exatamente 64 dígitos hexadecimais (0-9, a-f) e uma quebra de linha.</translation>
    </message>
    <message>
        <source>The key file %1 does not hold a usable key: %2</source>
        <translation>O arquivo de chave %1 não contém uma chave utilizável: %2</translation>
    </message>
    <message>
        <source>The key file %1 already exists; it is left as it is.</source>
        <translation>O arquivo de chave %1 já existe; ele fica como está.</translation>
    </message>
    <message>
        <source>Cannot create the key file %1: %2.</source>
        <translation>Não é possível criar o arquivo de chave %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write the key file %1 (disk full?).</source>
        <translation>Não é possível gravar o arquivo de chave %1 (disco cheio?).</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Run tasks even while you use the computer (at idle priority).</source>
        <translation>Rodar tarefas mesmo enquanto você usa o computador (com prioridade baixa).</translation>
    </message>
    <message>
        <source>Minutes without keyboard or mouse input before tasks start.</source>
        <translation>Minutos sem uso do teclado ou do mouse antes de as tarefas começarem.</translation>
    </message>
    <message>
        <source>While you use the computer: suspend CPU tasks, or keep them at a reduced share.</source>
        <translation>Enquanto você usa o computador: suspend (suspender as tarefas de CPU) ou reduced (mantê-las com uma parcela reduzida).</translation>
    </message>
    <message>
        <source>CPU time share (%) for tasks while you use the computer, with &apos;reduced&apos;.</source>
        <translation>Parcela do tempo de CPU (%) para as tarefas enquanto você usa o computador, com &apos;reduced&apos;.</translation>
    </message>
    <message>
        <source>Keep GPU tasks running while you use the computer.</source>
        <translation>Manter as tarefas de GPU rodando enquanto você usa o computador.</translation>
    </message>
    <message>
        <source>CPU time share (%) each task may use while it runs.</source>
        <translation>Parcela do tempo de CPU (%) que cada tarefa pode usar enquanto roda.</translation>
    </message>
    <message>
        <source>Share (%) of the processor&apos;s cores tasks may use.</source>
        <translation>Parcela (%) dos núcleos do processador que as tarefas podem usar.</translation>
    </message>
    <message>
        <source>Memory (% of RAM) tasks may use while you use the computer.</source>
        <translation>Memória (% da RAM) que as tarefas podem usar enquanto você usa o computador.</translation>
    </message>
    <message>
        <source>Memory (% of RAM) tasks may use while the computer is idle.</source>
        <translation>Memória (% da RAM) que as tarefas podem usar enquanto o computador está ocioso.</translation>
    </message>
    <message>
        <source>Tasks pause while the disk holding SpareCycles&apos; folder has less than this much space free (GB).</source>
        <translation>As tarefas pausam enquanto o disco com a pasta do SpareCycles tiver menos que este espaço livre (GB).</translation>
    </message>
    <message>
        <source>Disk space (GB) tasks may use at most, all together.</source>
        <translation>Espaço em disco (GB) que as tarefas podem usar no máximo, somadas.</translation>
    </message>
    <message>
        <source>Where this computer cannot shut tasks in a sandbox, run them anyway. They can then read your files. Not recommended.</source>
        <translation>Onde este computador não consegue isolar as tarefas numa sandbox, rodá-las mesmo assim. Elas poderão ler seus arquivos. Não recomendado.</translation>
    </message>
    <message>
        <source>Suspend when other programs use more than this % of the CPU (0 = never).</source>
        <translation>Suspender quando outros programas usarem mais que este % da CPU (0 = nunca).</translation>
    </message>
    <message>
        <source>Seconds other programs&apos; load must last before tasks are suspended.</source>
        <translation>Segundos que a carga de outros programas deve durar antes de as tarefas serem suspensas.</translation>
    </message>
    <message>
        <source>Once suspended for other programs&apos; load, stay suspended at least this long.</source>
        <translation>Depois de suspender pela carga de outros programas, ficar suspenso pelo menos este tempo.</translation>
    </message>
    <message>
        <source>Pause while any of these programs runs (comma-separated names, e.g. a game).</source>
        <translation>Pausar enquanto algum destes programas estiver rodando (nomes separados por vírgula, ex.: um jogo).</translation>
    </message>
    <message>
        <source>On battery: suspend, run only above battery_min_percent, or run.</source>
        <translation>Na bateria: suspend (suspender), below (rodar só acima de battery_min_percent) ou run (rodar).</translation>
    </message>
    <message>
        <source>With on_battery=below: run on battery only above this charge (%).</source>
        <translation>Com on_battery=below: na bateria, rodar só acima desta carga (%).</translation>
    </message>
    <message>
        <source>When tasks may run: &apos;always&apos;, or days and hours like &apos;mon-fri 18-8, sat-sun 0-24&apos;.</source>
        <translation>Quando as tarefas podem rodar: &apos;always&apos;, ou dias e horários como &apos;mon-fri 18-8, sat-sun 0-24&apos;.</translation>
    </message>
    <message>
        <source>CPU temperature (°C) to hold; tasks slow down before it and stop above it.</source>
        <translation>Temperatura da CPU (°C) a respeitar; as tarefas ficam mais lentas antes dela e param acima dela.</translation>
    </message>
    <message>
        <source>GPU temperature (°C) to hold.</source>
        <translation>Temperatura da GPU (°C) a respeitar.</translation>
    </message>
    <message>
        <source>Notify me when the network has been unreachable for half an hour.</source>
        <translation>Avisar quando a rede estiver inacessível por meia hora.</translation>
    </message>
    <message>
        <source>Notify me when a task fails again and again.</source>
        <translation>Avisar quando uma tarefa falhar repetidas vezes.</translation>
    </message>
    <message>
        <source>Notify me when tasks stop because the processor got too hot.</source>
        <translation>Avisar quando as tarefas pararem porque o processador esquentou demais.</translation>
    </message>
    <message>
        <source>Notify me when a payout arrives.</source>
        <translation>Avisar quando chegar um pagamento.</translation>
    </message>
    <message>
        <source>Network: &apos;local&apos; for the demo network on this computer, or a hub address such as https://hub.example.org. The app moves to it at once; tasks of the old network are dropped.</source>
        <translation>Rede: &apos;local&apos; para a rede de demonstração neste computador, ou um endereço de hub como https://hub.example.org. O app muda para ela na hora; as tarefas da rede antiga são descartadas.</translation>
    </message>
    <message>
        <source>EVM address (0x…) that receives payouts; empty = decide later.</source>
        <translation>Endereço EVM (0x…) que recebe os pagamentos; vazio = decidir depois.</translation>
    </message>
    <message>
        <source>Address of a blockchain node to read your wallet balance from, such as https://rpc.example.org; empty = the one your network suggests.</source>
        <translation>Endereço de um nó da blockchain para ler o saldo da sua carteira, como https://rpc.example.org; vazio = o que a sua rede sugerir.</translation>
    </message>
    <message>
        <source>Language of the app: system, en, de, fr, es, pt_BR, ru, ja or zh_CN.</source>
        <translation>Idioma do app: system, en, de, fr, es, pt_BR, ru, ja ou zh_CN.</translation>
    </message>
    <message>
        <source>Colour of the panel the tray icon sits on, so the icon stays visible: auto (GNOME&apos;s top bar is dark; elsewhere the app&apos;s colours), light or dark.</source>
        <translation>Cor do painel onde fica o ícone da bandeja, para que ele continue visível: auto (a barra superior do GNOME é escura; nos outros, as cores do app), light (clara) ou dark (escura).</translation>
    </message>
    <message>
        <source>Start SpareCycles in the tray when you log in.</source>
        <translation>Iniciar o SpareCycles na bandeja ao fazer login.</translation>
    </message>
    <message>
        <source>Paused by you until this time (Unix seconds); 0 = not paused.</source>
        <translation>Pausado por você até este momento (segundos Unix); 0 = sem pausa.</translation>
    </message>
    <message>
        <source>&apos;Run now&apos;: ignore idle time until this time (Unix seconds).</source>
        <translation>“Rodar agora”: ignorar o tempo ocioso até este momento (segundos Unix).</translation>
    </message>
    <message>
        <source>Let tasks use the graphics card, where it can run them.</source>
        <translation>Permitir que as tarefas usem a placa de vídeo, quando ela puder executá-las.</translation>
    </message>
</context>
<context>
    <name>StatePresenter</name>
    <message>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Em execução</translation>
    </message>
    <message>
        <source>Running slower</source>
        <translation>Em execução (mais devagar)</translation>
    </message>
    <message>
        <source>Waiting for work</source>
        <translation>Aguardando trabalho</translation>
    </message>
    <message>
        <source>Waiting until you are away</source>
        <translation>Aguardando você se afastar</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspenso</translation>
    </message>
    <message>
        <source>Paused by you</source>
        <translation>Pausado por você</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sem conexão</translation>
    </message>
    <message>
        <source>Stopped by an error</source>
        <translation>Parado por um erro</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Parando</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Parado</translation>
    </message>
    <message>
        <source>Waiting for other programs</source>
        <translation>Aguardando outros programas</translation>
    </message>
</context>
<context>
    <name>StatusFile</name>
    <message>
        <source>%1 does not exist; no engine has used it yet.</source>
        <translation>%1 não existe; nenhum mecanismo o usou ainda.</translation>
    </message>
</context>
<context>
    <name>TaskDescription</name>
    <message>
        <source>Counting primes from %1 to %2</source>
        <translation>Contando números primos de %1 a %2</translation>
    </message>
    <message>
        <source>Counting primes in %1–%2 × 10%3</source>
        <translation>Contando números primos em %1–%2 × 10%3</translation>
    </message>
    <message>
        <source>Computing a task for %1</source>
        <translation>Calculando uma tarefa para %1</translation>
    </message>
    <message>
        <source>the demo network</source>
        <translation>a rede de demonstração</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>falta menos de um minuto</translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>falta cerca de %n min</numerusform>
            <numerusform>faltam cerca de %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hours left</source>
        <translation>
            <numerusform>falta cerca de %n hora</numerusform>
            <numerusform>faltam cerca de %n horas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Uint256</name>
    <message>
        <source>An amount is written with the digits 0–9 and at most one decimal point, like 12 or 1.5.</source>
        <translation>Um valor é escrito com os algarismos 0–9 e no máximo um ponto decimal, como 12 ou 1.5.</translation>
    </message>
    <message>
        <source>This token has %1 decimal places; the amount has more.</source>
        <translation>Este token tem %1 casas decimais; o valor tem mais.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>O valor é grande demais.</translation>
    </message>
</context>
<context>
    <name>WalletKeeper</name>
    <message>
        <source>%1 Nothing was saved. Close this window and open it again: if the keychain still does not answer, the wallet is kept in a password-protected file instead.</source>
        <translation>%1 Nada foi salvo. Feche esta janela e abra de novo: se o chaveiro ainda não responder, a carteira será guardada num arquivo protegido por senha.</translation>
    </message>
    <message>
        <source>%1 Nothing was saved. Check that the disk is not full and try again.</source>
        <translation>%1 Nada foi salvo. Verifique se o disco não está cheio e tente de novo.</translation>
    </message>
    <message>
        <source>%1 Nothing was saved.</source>
        <translation>%1 Nada foi salvo.</translation>
    </message>
    <message>
        <source>The password is shorter than %1 characters. Choose a longer one.</source>
        <translation>A senha tem menos de %1 caracteres. Escolha uma mais longa.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the same password in both fields.</source>
        <translation>As duas senhas não são iguais. Digite a mesma senha nos dois campos.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Nada foi salvo.</translation>
    </message>
    <message>
        <source>Choose the wallet file first.</source>
        <translation>Escolha primeiro o arquivo da carteira.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Choose another file.</source>
        <translation>Não é possível ler %1: %2. Escolha outro arquivo.</translation>
    </message>
    <message>
        <source>Unlocking the wallet file… (a few seconds)</source>
        <translation>Desbloqueando o arquivo da carteira… (alguns segundos)</translation>
    </message>
    <message>
        <source>That is not the password of this file. Type it again; capital letters count.</source>
        <translation>Essa não é a senha deste arquivo. Digite de novo; maiúsculas e minúsculas fazem diferença.</translation>
    </message>
    <message>
        <source>This file cannot be used: %1 Choose the wallet file itself (it usually ends in .json).</source>
        <translation>Este arquivo não pode ser usado: %1 Escolha o próprio arquivo da carteira (ele costuma terminar em .json).</translation>
    </message>
    <message>
        <source>The wallet&apos;s key could not be made (%1). Nothing was saved.</source>
        <translation>Não foi possível criar a chave da carteira (%1). Nada foi salvo.</translation>
    </message>
    <message>
        <source>Locking the wallet file with your password… (a few seconds)</source>
        <translation>Trancando o arquivo da carteira com sua senha… (alguns segundos)</translation>
    </message>
    <message>
        <source>Saving the wallet in the system keychain…</source>
        <translation>Salvando a carteira no chaveiro do sistema…</translation>
    </message>
    <message>
        <source>The wallet was saved, but the payout address could not be set: %1</source>
        <translation>A carteira foi salva, mas não foi possível definir o endereço de pagamento: %1</translation>
    </message>
    <message>
        <source>Choose where to save the copy first.</source>
        <translation>Escolha primeiro onde salvar a cópia.</translation>
    </message>
    <message>
        <source>%1 exists already. Choose another file name: an existing file is never replaced.</source>
        <translation>%1 já existe. Escolha outro nome de arquivo: um arquivo existente nunca é substituído.</translation>
    </message>
    <message>
        <source>Type your wallet&apos;s password.</source>
        <translation>Digite a senha da sua carteira.</translation>
    </message>
    <message>
        <source>Unlocking your wallet file… (a few seconds)</source>
        <translation>Desbloqueando o arquivo da sua carteira… (alguns segundos)</translation>
    </message>
    <message>
        <source>Asking the system keychain…</source>
        <translation>Consultando o chaveiro do sistema…</translation>
    </message>
    <message>
        <source>That is not your wallet&apos;s password. Type it again; capital letters count.</source>
        <translation>Essa não é a senha da sua carteira. Digite de novo; maiúsculas e minúsculas fazem diferença.</translation>
    </message>
    <message>
        <source>Locking the copy with the password… (a few seconds)</source>
        <translation>Trancando a cópia com a senha… (alguns segundos)</translation>
    </message>
    <message>
        <source>Cannot save %1: %2. Choose another folder, or check that the disk is not full.</source>
        <translation>Não é possível salvar %1: %2. Escolha outra pasta ou verifique se o disco não está cheio.</translation>
    </message>
</context>
<context>
    <name>WalletStoreChooser</name>
    <message>
        <source>Your wallet is in %1.</source>
        <translation>Sua carteira está %1.</translation>
    </message>
    <message>
        <source>No system keychain is available.</source>
        <translation>Nenhum chaveiro do sistema disponível.</translation>
    </message>
    <message>
        <source>%1 The wallet is kept in %2 instead.</source>
        <translation>%1 Em vez disso, a carteira fica guardada %2.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>SpareCycles</source>
        <translation>SpareCycles</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Não é possível criar a pasta de dados %1.</translation>
    </message>
    <message>
        <source>SpareCycles could not move to the network %1: %2

It stays on the network it used before.</source>
        <translation>O SpareCycles não conseguiu mudar para a rede %1: %2

Ele continua na rede que usava antes.</translation>
    </message>
    <message>
        <source>Lends this computer&apos;s idle time to a compute network.</source>
        <translation>Empresta o tempo ocioso deste computador a uma rede de computação.</translation>
    </message>
    <message>
        <source>Start a demo hub on this computer and use it.</source>
        <translation>Iniciar um hub de demonstração neste computador e usá-lo.</translation>
    </message>
    <message>
        <source>Hub URL, e.g. https://hub.example.org.</source>
        <translation>URL do hub, ex.: https://hub.example.org.</translation>
    </message>
    <message>
        <source>Folder for all state (default %1).</source>
        <translation>Pasta para todos os dados de estado (padrão: %1).</translation>
    </message>
    <message>
        <source>Start in the tray without opening the dashboard.</source>
        <translation>Iniciar na bandeja sem abrir o painel.</translation>
    </message>
    <message>
        <source>Skip the first-run wizard and use the defaults (demo network, run when idle).</source>
        <translation>Pular o assistente de primeira execução e usar os padrões (rede de demonstração, rodar quando ocioso).</translation>
    </message>
    <message>
        <source>use either --local or --hub URL, not both</source>
        <translation>use --local ou --hub URL, não os dois</translation>
    </message>
    <message>
        <source>The demo network could not start: %1</source>
        <translation>Não foi possível iniciar a rede de demonstração: %1</translation>
    </message>
    <message>
        <source>The demo network&apos;s own blockchain could not start, so it pays nothing until it does: %1</source>
        <translation>A blockchain própria da rede de demonstração não conseguiu iniciar, então ela não paga nada até iniciar: %1</translation>
    </message>
    <message>
        <source>Moving to %1…</source>
        <translation>Mudando para %1…</translation>
    </message>
</context>
<context>
    <name>sc::chain::ChainClient</name>
    <message>
        <source>The chain&apos;s answer to %1 was larger than this app accepts.</source>
        <translation>A resposta da blockchain para %1 foi maior do que este app aceita.</translation>
    </message>
    <message>
        <source>The chain&apos;s address answered HTTP %1, not JSON-RPC.</source>
        <translation>O endereço da blockchain respondeu HTTP %1, não JSON-RPC.</translation>
    </message>
    <message>
        <source>The chain&apos;s answer to %1 is not a JSON object.</source>
        <translation>A resposta da blockchain para %1 não é um objeto JSON.</translation>
    </message>
    <message>
        <source>The chain&apos;s answer to %1 does not match the request.</source>
        <translation>A resposta da blockchain para %1 não corresponde ao pedido.</translation>
    </message>
    <message>
        <source>The chain refused %1.</source>
        <translation>A blockchain recusou %1.</translation>
    </message>
    <message>
        <source>The chain&apos;s answer to %1 has no result.</source>
        <translation>A resposta da blockchain para %1 não tem resultado.</translation>
    </message>
    <message>
        <source>The chain sent a malformed chain id.</source>
        <translation>A blockchain enviou um chain id malformado.</translation>
    </message>
    <message>
        <source>The chain sent a malformed block number.</source>
        <translation>A blockchain enviou um número de bloco malformado.</translation>
    </message>
    <message>
        <source>The chain sent malformed call data.</source>
        <translation>A blockchain enviou dados de chamada malformados.</translation>
    </message>
    <message>
        <source>The chain sent a malformed balance.</source>
        <translation>A blockchain enviou um saldo malformado.</translation>
    </message>
    <message>
        <source>The chain sent a malformed transaction count.</source>
        <translation>A blockchain enviou uma contagem de transações malformada.</translation>
    </message>
    <message>
        <source>The chain sent an implausible gas estimate.</source>
        <translation>A blockchain enviou uma estimativa de gas implausível.</translation>
    </message>
    <message>
        <source>The chain sent a malformed priority fee.</source>
        <translation>A blockchain enviou uma taxa de prioridade malformada.</translation>
    </message>
    <message>
        <source>The chain sent a malformed fee history.</source>
        <translation>A blockchain enviou um histórico de taxas malformado.</translation>
    </message>
    <message>
        <source>The chain sent a malformed transaction hash.</source>
        <translation>A blockchain enviou um hash de transação malformado.</translation>
    </message>
    <message>
        <source>The chain sent a malformed receipt.</source>
        <translation>A blockchain enviou um recibo malformado.</translation>
    </message>
    <message>
        <source>The chain sent a malformed list of logs.</source>
        <translation>A blockchain enviou uma lista de logs malformada.</translation>
    </message>
    <message>
        <source>The chain sent a malformed log entry.</source>
        <translation>A blockchain enviou uma entrada de log malformada.</translation>
    </message>
</context>
<context>
    <name>sc::core::CreditFeed</name>
    <message>
        <source>Payout: %1 sent to your address</source>
        <translation>Pagamento: %1 enviado ao seu endereço</translation>
    </message>
    <message>
        <source>Payout: %1 reached your address</source>
        <translation>Pagamento: %1 chegou ao seu endereço</translation>
    </message>
    <message>
        <source>The hub sent a malformed credit entry; ignoring this page and asking again later.</source>
        <translation>O hub enviou uma entrada de crédito malformada; esta página será ignorada e pedida de novo mais tarde.</translation>
    </message>
    <message>
        <source>The hub sent a credit cursor that goes backwards; ignoring it.</source>
        <translation>O hub enviou um cursor de crédito que anda para trás; ele será ignorado.</translation>
    </message>
    <message>
        <source>Could not store credits in the ledger; will ask again.</source>
        <translation>Não foi possível guardar os créditos no registro; será pedido de novo.</translation>
    </message>
    <message>
        <source>Task credited: %1</source>
        <translation>Tarefa creditada: %1</translation>
    </message>
    <message>
        <source>The network judged a task&apos;s result wrong; it earns no credit</source>
        <translation>A rede julgou errado o resultado de uma tarefa; ela não rende crédito</translation>
    </message>
    <message>
        <source>If this happens often, check this computer&apos;s memory and cooling.</source>
        <translation>Se isso acontecer com frequência, verifique a memória e o resfriamento deste computador.</translation>
    </message>
</context>
<context>
    <name>sc::core::CurlHttpClient</name>
    <message>
        <source>The address is not a valid http(s) URL (%1)</source>
        <translation>O endereço não é uma URL http(s) válida (%1)</translation>
    </message>
    <message>
        <source>Could not find the host %1</source>
        <translation>Não foi possível encontrar o host %1</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Não foi possível conectar a %1: %2</translation>
    </message>
    <message>
        <source>The reply from %1 was still arriving after %2 s (%3 bytes so far): the connection or the server is too slow</source>
        <translation>A resposta de %1 ainda estava chegando após %2 s (%3 bytes até agora): a conexão ou o servidor está lento demais</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 não respondeu em %2 s</translation>
    </message>
    <message>
        <source>The secure connection to %1 was not set up within %2 s</source>
        <translation>A conexão segura com %1 não foi estabelecida em %2 s</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 s</source>
        <translation>Não foi possível conectar a %1 em %2 s</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1)</source>
        <translation>O certificado do servidor não é confiável (%1)</translation>
    </message>
    <message>
        <source>Could not set up a secure connection to %1 (%2)</source>
        <translation>Falha na conexão segura com %1 (%2)</translation>
    </message>
    <message>
        <source>The request to %1 failed (%2)</source>
        <translation>O pedido para %1 falhou (%2)</translation>
    </message>
    <message>
        <source>The reply from %1 is larger than the limit of %2 bytes</source>
        <translation>A resposta de %1 passa do limite de %2 bytes</translation>
    </message>
    <message>
        <source>The address is not a valid http(s) URL</source>
        <translation>O endereço não é uma URL http(s) válida</translation>
    </message>
    <message>
        <source>The request has an invalid header</source>
        <translation>O pedido tem um cabeçalho inválido</translation>
    </message>
    <message>
        <source>Could not start the request</source>
        <translation>Não foi possível iniciar o pedido</translation>
    </message>
    <message>
        <source>The request was cancelled</source>
        <translation>O pedido foi cancelado</translation>
    </message>
</context>
<context>
    <name>sc::core::Engine</name>
    <message>
        <source>A task resumed from its checkpoint</source>
        <translation>Uma tarefa continuou do seu ponto de salvamento</translation>
    </message>
    <message>
        <source>Tasks run in a %1 sandbox: no network, only their own folder writable.</source>
        <translation>As tarefas rodam numa sandbox %1: sem rede, só a própria pasta pode ser gravada.</translation>
    </message>
    <message>
        <source>Tasks wait for your permission: this computer cannot shut them in a sandbox (%1).</source>
        <translation>As tarefas aguardam sua permissão: este computador não consegue isolá-las numa sandbox (%1).</translation>
    </message>
    <message>
        <source>Install bubblewrap, or allow tasks to run without a sandbox on the Overview.</source>
        <translation>Instale o bubblewrap ou permita, na Visão geral, que as tarefas rodem sem sandbox.</translation>
    </message>
    <message>
        <source>Tasks run without a sandbox (%1). They still run at idle priority in their own folder.</source>
        <translation>As tarefas rodam sem sandbox (%1). Elas continuam rodando com prioridade baixa, na própria pasta.</translation>
    </message>
    <message>
        <source>Install bubblewrap to isolate them.</source>
        <translation>Instale o bubblewrap para isolá-las.</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks will resume from their checkpoints.</source>
        <translation>
            <numerusform>%n tarefa vai continuar do seu ponto de salvamento.</numerusform>
            <numerusform>%n tarefas vão continuar dos seus pontos de salvamento.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n results from an earlier run wait to be reported.</source>
        <translation>
            <numerusform>%n resultado de uma execução anterior aguarda ser enviado.</numerusform>
            <numerusform>%n resultados de uma execução anterior aguardam ser enviados.</numerusform>
        </translation>
    </message>
    <message>
        <source>You paused SpareCycles until you resume it</source>
        <translation>Você pausou o SpareCycles até retomá-lo</translation>
    </message>
    <message>
        <source>You paused SpareCycles until %1</source>
        <translation>Você pausou o SpareCycles até %1</translation>
    </message>
    <message>
        <source>You resumed SpareCycles</source>
        <translation>Você retomou o SpareCycles</translation>
    </message>
    <message>
        <source>Payout address changed to %1; telling the hub.</source>
        <translation>Endereço de pagamento alterado para %1; avisando o hub.</translation>
    </message>
    <message>
        <source>Settings changed; applied.</source>
        <translation>Configurações alteradas e aplicadas.</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <source>Lost the connection to the network</source>
        <translation>Conexão com a rede perdida</translation>
    </message>
    <message>
        <source>%1. Check this computer&apos;s internet connection; SpareCycles tries again by itself.</source>
        <translation>%1. Verifique a conexão com a internet deste computador; o SpareCycles tenta de novo sozinho.</translation>
    </message>
    <message>
        <source>Back online</source>
        <translation>Conectado de novo</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspenso</translation>
    </message>
    <message>
        <source>Tasks suspended: %1</source>
        <translation>Tarefas suspensas: %1</translation>
    </message>
    <message>
        <source>Tasks resumed (they had waited: %1)</source>
        <translation>Tarefas retomadas (elas aguardaram: %1)</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Parado</translation>
    </message>
    <message>
        <source>No engine is running on this data folder.</source>
        <translation>Nenhum mecanismo está rodando nesta pasta de dados.</translation>
    </message>
    <message>
        <source>No engine has run on this data folder yet.</source>
        <translation>Nenhum mecanismo rodou nesta pasta de dados ainda.</translation>
    </message>
    <message>
        <source>Stopping tasks (they resume from their checkpoints next time)</source>
        <translation>Parando as tarefas (na próxima vez elas continuam dos seus pontos de salvamento)</translation>
    </message>
    <message>
        <source>This computer cannot shut tasks in a sandbox (%1), where they could not read your files: they wait until you allow them to run without one. Installing bubblewrap is safer.</source>
        <translation>Este computador não consegue isolar as tarefas numa sandbox (%1), onde elas não poderiam ler seus arquivos: elas aguardam até você permitir que rodem sem ela. Instalar o bubblewrap é mais seguro.</translation>
    </message>
    <message numerus="yes">
        <source>Running %n tasks</source>
        <translation>
            <numerusform>Rodando %n tarefa</numerusform>
            <numerusform>Rodando %n tarefas</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to the hub at %1</source>
        <translation>Conectando ao hub em %1</translation>
    </message>
    <message>
        <source>Preparing tasks</source>
        <translation>Preparando as tarefas</translation>
    </message>
    <message>
        <source>Waiting for work from the hub</source>
        <translation>Aguardando trabalho do hub</translation>
    </message>
    <message>
        <source>GPU tasks run on the processor here: this computer has no graphics card for them.</source>
        <translation>As tarefas de GPU rodam aqui no processador: este computador não tem placa de vídeo para elas.</translation>
    </message>
    <message>
        <source>Tasks can use the graphics card: %1.</source>
        <translation>As tarefas podem usar a placa de vídeo: %1.</translation>
    </message>
</context>
<context>
    <name>sc::core::Executor</name>
    <message>
        <source>it created more than %1 files in its folder</source>
        <translation>ela criou mais de %1 arquivos na sua pasta</translation>
    </message>
    <message>
        <source>it wrote more than %1 MB into its folder, the most one task may use</source>
        <translation>ela gravou mais de %1 MB na sua pasta, o máximo que uma tarefa pode usar</translation>
    </message>
    <message>
        <source>it started more processes and threads than the %1 one task may have</source>
        <translation>ela iniciou mais processos e threads do que os %1 que uma tarefa pode ter</translation>
    </message>
    <message>
        <source>it tried to write a file larger than %1 MB, the most one file may hold</source>
        <translation>ela tentou gravar um arquivo maior que %1 MB, o máximo que um arquivo pode ter</translation>
    </message>
    <message>
        <source>it made a system call that the sandbox forbids</source>
        <translation>ela fez uma chamada de sistema que a sandbox proíbe</translation>
    </message>
</context>
<context>
    <name>sc::core::HardwareWatch</name>
    <message>
        <source>This computer&apos;s hardware changed; sending its new profile to the hub.</source>
        <translation>O hardware deste computador mudou; enviando o novo perfil ao hub.</translation>
    </message>
    <message>
        <source>Measuring this computer&apos;s speed (a few seconds, at idle priority)…</source>
        <translation>Medindo a velocidade deste computador (alguns segundos, com prioridade baixa)…</translation>
    </message>
    <message>
        <source>Speed measured: score %1 (integer %2 Mop/s, floating point %3 Mflop/s, memory %4 GB/s on all cores).</source>
        <translation>Velocidade medida: pontuação %1 (inteiros %2 Mop/s, ponto flutuante %3 Mflop/s, memória %4 GB/s em todos os núcleos).</translation>
    </message>
</context>
<context>
    <name>sc::core::HubSession</name>
    <message>
        <source>The hub does not know this device any more; registering again.</source>
        <translation>O hub não conhece mais este dispositivo; registrando de novo.</translation>
    </message>
    <message>
        <source>The hub stopped sending work to this device because it returned wrong answers to known tasks. Check the computer&apos;s stability (memory, overclocking), then contact the network.</source>
        <translation>O hub parou de enviar trabalho a este dispositivo porque ele deu respostas erradas a tarefas conhecidas. Verifique a estabilidade do computador (memória, overclock) e depois fale com a rede.</translation>
    </message>
    <message numerus="yes">
        <source>Cannot reach the hub at %1: %2 Retrying in %n seconds.</source>
        <translation>
            <numerusform>Não é possível alcançar o hub em %1: %2 Nova tentativa em %n segundo.</numerusform>
            <numerusform>Não é possível alcançar o hub em %1: %2 Nova tentativa em %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hub at %1 answered with an error (HTTP %2): %3 Retrying in %n seconds.</source>
        <translation>
            <numerusform>O hub em %1 respondeu com um erro (HTTP %2): %3 Nova tentativa em %n segundo.</numerusform>
            <numerusform>O hub em %1 respondeu com um erro (HTTP %2): %3 Nova tentativa em %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reply from the hub at %1 was damaged or not as the protocol says: %2 Retrying in %n seconds.</source>
        <translation>
            <numerusform>A resposta do hub em %1 veio danificada ou fora do protocolo: %2 Nova tentativa em %n segundo.</numerusform>
            <numerusform>A resposta do hub em %1 veio danificada ou fora do protocolo: %2 Nova tentativa em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not set up a secure connection to the hub at %1: %2</source>
        <translation>Falha na conexão segura com o hub em %1: %2</translation>
    </message>
    <message>
        <source>The hub at %1 now signs task programs with a different key than when this device first joined. SpareCycles will not run programs it cannot trust. If the network announced a new key, remove the folder %2 to join again.</source>
        <translation>O hub em %1 agora assina os programas das tarefas com uma chave diferente da que usava quando este dispositivo entrou. O SpareCycles não roda programas em que não pode confiar. Se a rede anunciou uma nova chave, apague a pasta %2 para entrar de novo.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Conectado a %1.</translation>
    </message>
</context>
<context>
    <name>sc::core::LocalHub</name>
    <message>
        <source>the demo network&apos;s payout key could not be made (%1)</source>
        <translation>não foi possível criar a chave de pagamento da rede de demonstração (%1)</translation>
    </message>
    <message>
        <source>the demo chain is not installed with this copy of SpareCycles</source>
        <translation>a blockchain de demonstração não está instalada com esta cópia do SpareCycles</translation>
    </message>
    <message>
        <source>the demo chain did not start</source>
        <translation>a blockchain de demonstração não iniciou</translation>
    </message>
    <message>
        <source>the demo chain started but did not say where it is</source>
        <translation>a blockchain de demonstração iniciou, mas não disse onde está</translation>
    </message>
    <message>
        <source>Cannot start the local hub %1: %2</source>
        <translation>Não é possível iniciar o hub local %1: %2</translation>
    </message>
    <message>
        <source>The local hub did not start (it said: %1).</source>
        <translation>O hub local não iniciou (ele disse: %1).</translation>
    </message>
</context>
<context>
    <name>sc::core::Notifier</name>
    <message>
        <source>Cannot reach the network</source>
        <translation>Não é possível alcançar a rede</translation>
    </message>
    <message numerus="yes">
        <source>SpareCycles has not reached its hub for %n minutes. Finished work is kept and sent when it is back. %1</source>
        <translation>
            <numerusform>O SpareCycles não alcança o seu hub há %n minuto. O trabalho concluído fica guardado e é enviado quando ele voltar. %1</numerusform>
            <numerusform>O SpareCycles não alcança o seu hub há %n minutos. O trabalho concluído fica guardado e é enviado quando ele voltar. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>A task failed repeatedly</source>
        <translation>Uma tarefa falhou repetidas vezes</translation>
    </message>
    <message>
        <source>Task %1 stopped with an error (code %2) three times and was given up. If this happens often, check the computer&apos;s stability.</source>
        <translation>A tarefa %1 parou com um erro (código %2) três vezes e foi abandonada. Se isso acontecer com frequência, verifique a estabilidade do computador.</translation>
    </message>
    <message>
        <source>Paused to cool down</source>
        <translation>Pausado para esfriar</translation>
    </message>
    <message>
        <source>The processor reached %1 °C (your limit is %2 °C). Tasks resume when it has cooled down.</source>
        <translation>O processador chegou a %1 °C (seu limite é %2 °C). As tarefas continuam quando ele esfriar.</translation>
    </message>
    <message>
        <source>Payout arrived</source>
        <translation>Pagamento recebido</translation>
    </message>
    <message>
        <source>%1 was paid to %2.</source>
        <translation>%1 foi pago para %2.</translation>
    </message>
</context>
<context>
    <name>sc::core::PolicyLoop</name>
    <message>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Paused: CPU at %1 °C, limit %2 °C</source>
        <translation>Pausado: CPU a %1 °C, limite %2 °C</translation>
    </message>
    <message>
        <source>Paused to cool down: CPU at %1 °C, limit %2 °C</source>
        <translation>Pausado para esfriar: CPU a %1 °C, limite %2 °C</translation>
    </message>
    <message>
        <source>Slowed to %1 % to keep the CPU under %2 °C (now %3 °C)</source>
        <translation>Reduzido a %1 % para manter a CPU abaixo de %2 °C (agora %3 °C)</translation>
    </message>
    <message>
        <source>Task %1 holds %2 MB, more than the %3 % of memory tasks may use now; it stops at its checkpoint and waits until there is room.</source>
        <translation>A tarefa %1 ocupa %2 MB, mais que os %3 % de memória que as tarefas podem usar agora; ela para no seu ponto de salvamento e aguarda até haver espaço.</translation>
    </message>
    <message>
        <source>Graphics card work goes on while you use the computer, as set in Settings</source>
        <translation>O trabalho na placa de vídeo continua enquanto você usa o computador, como definido nas Configurações</translation>
    </message>
    <message>
        <source>Graphics card work is paused while you use the computer (Settings)</source>
        <translation>O trabalho na placa de vídeo está pausado enquanto você usa o computador (Configurações)</translation>
    </message>
    <message>
        <source>Graphics card work is paused to cool down: graphics card at %1 °C, limit %2 °C</source>
        <translation>O trabalho na placa de vídeo está pausado para esfriar: placa de vídeo a %1 °C, limite %2 °C</translation>
    </message>
    <message>
        <source>Graphics card work is slowed to %1 % to keep the card under %2 °C (now %3 °C)</source>
        <translation>O trabalho na placa de vídeo foi reduzido a %1 % para manter a placa abaixo de %2 °C (agora %3 °C)</translation>
    </message>
</context>
<context>
    <name>sc::core::ProgramCache</name>
    <message>
        <source>Refused to start a task: its program %1 is not signed by the network&apos;s code-signing key. The task is dropped.</source>
        <translation>Início de tarefa recusado: o programa %1 não foi assinado com a chave de assinatura de código da rede. A tarefa foi descartada.</translation>
    </message>
    <message>
        <source>Refused the program %1 from the hub: its signature is not from the network&apos;s code-signing key. Its tasks are dropped.</source>
        <translation>O programa %1 do hub foi recusado: a assinatura não é da chave de assinatura de código da rede. As tarefas dele foram descartadas.</translation>
    </message>
    <message>
        <source>The program %1 arrived damaged (%2 bytes whose SHA-256 is not that of the signed program); it is downloaded again.</source>
        <translation>O programa %1 chegou danificado (%2 bytes cujo SHA-256 não é o do programa assinado); ele será baixado de novo.</translation>
    </message>
    <message>
        <source>Cannot store the program %1 in %2: %3</source>
        <translation>Não é possível guardar o programa %1 em %2: %3</translation>
    </message>
</context>
<context>
    <name>sc::core::Settings</name>
    <message>
        <source>Give &apos;always&apos; or days and hours, e.g. &apos;mon-fri 18-8, sat-sun 0-24&apos;.</source>
        <translation>Informe &apos;always&apos; ou dias e horários, ex.: &apos;mon-fri 18-8, sat-sun 0-24&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not like &apos;mon-fri 18-8&apos; (days mon…sun, hours 0–24).</source>
        <translation>&apos;%1&apos; não está no formato &apos;mon-fri 18-8&apos; (dias mon…sun, horas 0–24).</translation>
    </message>
    <message>
        <source>There is no setting &apos;%1&apos;. &apos;sparecycles-cli config list&apos; shows them all.</source>
        <translation>Não existe a configuração &apos;%1&apos;. &apos;sparecycles-cli config list&apos; mostra todas.</translation>
    </message>
    <message>
        <source>Give true or false, not &apos;%1&apos;.</source>
        <translation>Informe true ou false, não &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Give a whole number from %1 to %2, not &apos;%3&apos;.</source>
        <translation>Informe um número inteiro de %1 a %2, não &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Give a number from %1 to %2, not &apos;%3&apos;.</source>
        <translation>Informe um número de %1 a %2, não &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the choices.</source>
        <translation>&apos;%1&apos; não é uma das opções.</translation>
    </message>
    <message>
        <source>A network&apos;s address starts with https:// or http://, like https://hub.example.org; &apos;%1&apos; is not one.</source>
        <translation>O endereço de uma rede começa com https:// ou http://, como https://hub.example.org; &apos;%1&apos; não é um endereço assim.</translation>
    </message>
    <message>
        <source>The blockchain node&apos;s address starts with https:// or http://, not &apos;%1&apos;.</source>
        <translation>O endereço do nó da blockchain começa com https:// ou http://, não &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a program name (no paths, at most 64 characters).</source>
        <translation>&apos;%1&apos; não é um nome de programa (sem caminhos, no máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Não é possível gravar %1.</translation>
    </message>
</context>
<context>
    <name>sc::core::TaskRunner</name>
    <message>
        <source>The hub&apos;s list of held work arrived damaged: task %1 in it does not carry the network&apos;s signature. Nothing of it is used; asking again.</source>
        <translation>A lista de trabalho pendente do hub chegou danificada: a tarefa %1 nela não tem a assinatura da rede. Nada dela será usado; pedindo de novo.</translation>
    </message>
    <message>
        <source>The hub&apos;s answer with new work arrived damaged: task %1 in it does not carry the network&apos;s signature. Nothing of it is used; asking again.</source>
        <translation>A resposta do hub com trabalho novo chegou danificada: a tarefa %1 nela não tem a assinatura da rede. Nada dela será usado; pedindo de novo.</translation>
    </message>
    <message numerus="yes">
        <source>Took up %n tasks the hub had given this computer that never arrived.</source>
        <translation>
            <numerusform>%n tarefa que o hub deu a este computador, mas que nunca chegou, foi assumida.</numerusform>
            <numerusform>%n tarefas que o hub deu a este computador, mas que nunca chegaram, foram assumidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave %n tasks back to the hub for other computers.</source>
        <translation>
            <numerusform>%n tarefa devolvida ao hub para outros computadores.</numerusform>
            <numerusform>%n tarefas devolvidas ao hub para outros computadores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dropped %n tasks that the hub no longer expects from this computer.</source>
        <translation>
            <numerusform>%n tarefa que o hub não espera mais deste computador foi descartada.</numerusform>
            <numerusform>%n tarefas que o hub não espera mais deste computador foram descartadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1 free on the disk holding %2; SpareCycles takes no new work while less than %3 is free. Free some space.</source>
        <translation>Só %1 livre no disco onde fica %2; o SpareCycles não aceita trabalho novo enquanto houver menos de %3 livre. Libere espaço.</translation>
    </message>
    <message>
        <source>Tasks keep %1 in %2, the most they may use (Settings); new work waits until some finish.</source>
        <translation>As tarefas ocupam %1 em %2, o máximo que podem usar (Configurações); o trabalho novo aguarda algumas terminarem.</translation>
    </message>
    <message numerus="yes">
        <source>Received %n tasks from the hub.</source>
        <translation>
            <numerusform>%n tarefa recebida do hub.</numerusform>
            <numerusform>%n tarefas recebidas do hub.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dropped a task: its deadline passed before it could finish.</source>
        <translation>Uma tarefa foi descartada: o prazo dela acabou antes que pudesse terminar.</translation>
    </message>
    <message>
        <source>Refused to start a task: the network did not sign it (it is not as the hub issued it). The task is dropped.</source>
        <translation>Início de tarefa recusado: a rede não a assinou (ela não está como o hub a emitiu). A tarefa foi descartada.</translation>
    </message>
    <message>
        <source>Cannot start a task: %1</source>
        <translation>Não é possível iniciar uma tarefa: %1</translation>
    </message>
    <message>
        <source>Task started</source>
        <translation>Tarefa iniciada</translation>
    </message>
    <message>
        <source>A task was stopped because it broke a limit of its sandbox; the network is told</source>
        <translation>Uma tarefa foi parada porque passou de um limite da sua sandbox; a rede foi avisada</translation>
    </message>
    <message>
        <source>Task finished</source>
        <translation>Tarefa concluída</translation>
    </message>
    <message>
        <source>A task stopped: the disk holding %1 is full (%2 free). It runs again from its checkpoint once there is space.</source>
        <translation>Uma tarefa parou: o disco onde fica %1 está cheio (%2 livre). Ela volta a rodar do ponto de salvamento quando houver espaço.</translation>
    </message>
    <message>
        <source>A task stopped and could not be recorded in the task database in %1; trying again later.</source>
        <translation>Uma tarefa parou e não pôde ser registrada no banco de dados de tarefas em %1; nova tentativa mais tarde.</translation>
    </message>
    <message>
        <source>A task stopped unexpectedly; it runs again from its last checkpoint</source>
        <translation>Uma tarefa parou inesperadamente; ela volta a rodar do último ponto de salvamento</translation>
    </message>
    <message>
        <source>Exit code %1.</source>
        <translation>Código de saída %1.</translation>
    </message>
    <message numerus="yes">
        <source>A task failed %n times and was given up; the network is told</source>
        <translation>
            <numerusform>Uma tarefa falhou %n vez e foi abandonada; a rede foi avisada</numerusform>
            <numerusform>Uma tarefa falhou %n vezes e foi abandonada; a rede foi avisada</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do: the network gives it to another computer.</source>
        <translation>Nada a fazer: a rede passa a tarefa a outro computador.</translation>
    </message>
    <message>
        <source>The hub did not accept the result of a task: %1</source>
        <translation>O hub não aceitou o resultado de uma tarefa: %1</translation>
    </message>
    <message>
        <source>The hub could not take the result of a task now (%1); trying again later.</source>
        <translation>O hub não pôde receber o resultado de uma tarefa agora (%1); nova tentativa mais tarde.</translation>
    </message>
    <message numerus="yes">
        <source>The network changed: %n tasks from the previous network were dropped.</source>
        <translation>
            <numerusform>A rede mudou: %n tarefa da rede anterior foi descartada.</numerusform>
            <numerusform>A rede mudou: %n tarefas da rede anterior foram descartadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gave a GPU task back to the network: tasks may not use the graphics card.</source>
        <translation>Uma tarefa de GPU foi devolvida à rede: as tarefas não podem usar a placa de vídeo.</translation>
    </message>
</context>
<context>
    <name>sc::core::WalletWatch</name>
    <message>
        <source>This network names no blockchain node to read your balance from. Add one in Settings (blockchain node address).</source>
        <translation>Esta rede não indica nenhum nó da blockchain para ler o seu saldo. Adicione um em Configurações (endereço do nó da blockchain).</translation>
    </message>
    <message>
        <source>The blockchain node %1 is on chain %2, but this network pays on chain %3.</source>
        <translation>O nó da blockchain %1 está na chain %2, mas esta rede paga na chain %3.</translation>
    </message>
    <message>
        <source>The blockchain node %1 sent a balance that is not a number.</source>
        <translation>O nó da blockchain %1 enviou um saldo que não é um número.</translation>
    </message>
    <message>
        <source>The blockchain node %1 did not answer: %2</source>
        <translation>O nó da blockchain %1 não respondeu: %2</translation>
    </message>
    <message>
        <source>Reading the wallet balance from %1 failed: %2</source>
        <translation>Falha ao ler o saldo da carteira em %1: %2</translation>
    </message>
    <message>
        <source>Could not reach the blockchain node (%1).</source>
        <translation>Não foi possível alcançar o nó da blockchain (%1).</translation>
    </message>
    <message>
        <source>The blockchain node (%1) gave an answer this app cannot use.</source>
        <translation>O nó da blockchain (%1) deu uma resposta que este app não consegue usar.</translation>
    </message>
</context>
<context>
    <name>sc::ui::ActivityLog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks finished, %1 credited</source>
        <translation>
            <numerusform>%n tarefa concluída, %1 creditado</numerusform>
            <numerusform>%n tarefas concluídas, %1 creditado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks finished</source>
        <translation>
            <numerusform>%n tarefa concluída</numerusform>
            <numerusform>%n tarefas concluídas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 credited for %n tasks</source>
        <translation>
            <numerusform>%1 creditado por %n tarefa</numerusform>
            <numerusform>%1 creditado por %n tarefas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks started</source>
        <translation>
            <numerusform>%n tarefa iniciada</numerusform>
            <numerusform>%n tarefas iniciadas</numerusform>
        </translation>
    </message>
    <message>
        <source>A task</source>
        <translation>Uma tarefa</translation>
    </message>
    <message>
        <source>%1: finished, %2 credited</source>
        <translation>%1: concluída, %2 creditado</translation>
    </message>
    <message>
        <source>%1: %2 credited</source>
        <translation>%1: %2 creditado</translation>
    </message>
    <message>
        <source>%1: finished</source>
        <translation>%1: concluída</translation>
    </message>
    <message>
        <source>%1: started</source>
        <translation>%1: iniciada</translation>
    </message>
</context>
<context>
    <name>sc::ui::ActivityPage</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>What SpareCycles did recently, newest first.</source>
        <translation>Atividade recente do SpareCycles, a mais nova primeiro.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>All activity</source>
        <translation>Toda a atividade</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Só problemas</translation>
    </message>
    <message>
        <source>Copy the lines shown, with their times</source>
        <translation>Copiar as linhas mostradas, com os horários</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Atividade recente</translation>
    </message>
</context>
<context>
    <name>sc::ui::BarLineChart</name>
    <message>
        <source>Point at a bar to see its exact values.</source>
        <translation>Aponte para uma barra para ver os valores exatos.</translation>
    </message>
    <message>
        <source>Point at the line to see its exact values.</source>
        <translation>Aponte para a linha para ver os valores exatos.</translation>
    </message>
</context>
<context>
    <name>sc::ui::DashboardWindow</name>
    <message>
        <source>SpareCycles</source>
        <translation>SpareCycles</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Ganhos</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>Este PC</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
</context>
<context>
    <name>sc::ui::EarningsPage</name>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exportar para CSV…</translation>
    </message>
    <message>
        <source>Export earnings to a CSV file</source>
        <translation>Exportar os ganhos para um arquivo CSV</translation>
    </message>
    <message>
        <source>Earned per period</source>
        <translation>Ganho por período</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Total acumulado</translation>
    </message>
    <message>
        <source>Chart of earnings</source>
        <translation>Gráfico dos ganhos</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Pagamentos</translation>
    </message>
    <message>
        <source>No payouts yet. The network sends your credit to your payout address once enough of it is waiting.</source>
        <translation>Nenhum pagamento ainda. A rede envia seu crédito para o seu endereço de pagamento quando houver o suficiente aguardando.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transação</translation>
    </message>
    <message>
        <source>The earnings record could not be opened.</source>
        <translation>Não foi possível abrir o registro de ganhos.</translation>
    </message>
    <message>
        <source>Earned in this period: %1 · In total: %2</source>
        <translation>Ganho neste período: %1 · No total: %2</translation>
    </message>
    <message>
        <source>Waiting for payout: %1 · Paid out: %2</source>
        <translation>Aguardando pagamento: %1 · Pago: %2</translation>
    </message>
    <message>
        <source>Nothing earned in this period yet. Credit appears here once the network has checked the results your computer sent.</source>
        <translation>Nada ganho neste período ainda. O crédito aparece aqui quando a rede tiver verificado os resultados que seu computador enviou.</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Total earned</source>
        <translation>Total ganho</translation>
    </message>
    <message>
        <source>Earned per day</source>
        <translation>Ganho por dia</translation>
    </message>
    <message>
        <source>Earned per week</source>
        <translation>Ganho por semana</translation>
    </message>
    <message>
        <source>Earned per month</source>
        <translation>Ganho por mês</translation>
    </message>
    <message>
        <source>SCT</source>
        <translation>SCT</translation>
    </message>
    <message>
        <source>Failed: the amount is back in Waiting for payout</source>
        <translation>Falhou: o valor voltou para “Aguardando pagamento”</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>On its way</source>
        <translation>A caminho</translation>
    </message>
    <message>
        <source>Sent by the network; not yet checked on the blockchain</source>
        <translation>Enviado pela rede; ainda não verificado na blockchain</translation>
    </message>
    <message>
        <source>Failed on the blockchain; the network should pay it again</source>
        <translation>Falhou na blockchain; a rede deve pagar de novo</translation>
    </message>
    <message>
        <source>On the blockchain this transaction did not pay this amount to your address</source>
        <translation>Na blockchain, esta transação não pagou este valor ao seu endereço</translation>
    </message>
    <message>
        <source>Not found on the blockchain, although the network says it was paid</source>
        <translation>Não encontrado na blockchain, embora a rede diga que foi pago</translation>
    </message>
    <message numerus="yes">
        <source>Confirmed (%n confirmations)</source>
        <translation>
            <numerusform>Confirmado (%n confirmação)</numerusform>
            <numerusform>Confirmado (%n confirmações)</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the transaction ID</source>
        <translation>Copiar o ID da transação</translation>
    </message>
    <message>
        <source>Copy the full transaction ID, to look it up on the blockchain</source>
        <translation>Copiar o ID completo da transação, para consultá-lo na blockchain</translation>
    </message>
    <message>
        <source>Export earnings</source>
        <translation>Exportar ganhos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>sc::ui::FirstRunWizard</name>
    <message>
        <source>Welcome to SpareCycles</source>
        <translation>Boas-vindas ao SpareCycles</translation>
    </message>
    <message>
        <source>Quit setup?</source>
        <translation>Sair da configuração?</translation>
    </message>
    <message>
        <source>SpareCycles does not start until setup is finished. Quit setup anyway?</source>
        <translation>O SpareCycles só começa depois que a configuração terminar. Sair da configuração mesmo assim?</translation>
    </message>
    <message>
        <source>Lend your computer&apos;s spare time</source>
        <translation>Empreste o tempo livre do seu computador</translation>
    </message>
    <message>
        <source>&lt;p&gt;SpareCycles runs small computing tasks for a network while you are away from your computer, and records the credit you earn for them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What it does:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;starts tasks only when you allow it (by default: when you are away);&lt;/li&gt;&lt;li&gt;stops them within a fraction of a second when you come back;&lt;/li&gt;&lt;li&gt;slows down when the processor gets hot or you are on battery.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;What it never does:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;read your files, or let tasks use the network;&lt;/li&gt;&lt;li&gt;run tasks as you or with administrator rights;&lt;/li&gt;&lt;li&gt;ask for your wallet&apos;s secret words or keys: only a wallet you let it make or bring in is kept, on this computer alone.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;O SpareCycles roda pequenas tarefas de computação para uma rede enquanto você está longe do computador e registra o crédito que você ganha com elas.&lt;/p&gt;&lt;p&gt;&lt;b&gt;O que ele faz:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;inicia tarefas só quando você permite (por padrão: quando você está longe);&lt;/li&gt;&lt;li&gt;para as tarefas em uma fração de segundo quando você volta;&lt;/li&gt;&lt;li&gt;fica mais devagar quando o processador esquenta ou quando o computador está na bateria.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;O que ele nunca faz:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;ler seus arquivos ou deixar as tarefas usarem a rede;&lt;/li&gt;&lt;li&gt;rodar tarefas como você ou com direitos de administrador;&lt;/li&gt;&lt;li&gt;pedir as palavras secretas ou as chaves da sua carteira: só é guardada uma carteira que você deixar ele criar ou importar, e só neste computador.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Which network?</source>
        <translation>Qual rede?</translation>
    </message>
    <message>
        <source>&amp;Demo network on this computer</source>
        <translation>Rede de &amp;demonstração neste computador</translation>
    </message>
    <message>
        <source>A &amp;hub on the internet:</source>
        <translation>Um &amp;hub na internet:</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Endereço do hub</translation>
    </message>
    <message>
        <source>To try SpareCycles out: tasks, credit and payouts are real, but they stay on this computer, and its credit has no value.</source>
        <translation>Para experimentar o SpareCycles: tarefas, crédito e pagamentos são reais, mas ficam neste computador, e o crédito não tem valor.</translation>
    </message>
    <message>
        <source>Where should payouts go?</source>
        <translation>Para onde vão os pagamentos?</translation>
    </message>
    <message>
        <source>Give the address of your Ethereum-compatible (EVM) wallet: it starts with 0x and has 42 characters; copy it from your wallet app. Only the address: never your secret words or key. You can leave it empty and add it later.</source>
        <translation>Informe o endereço da sua carteira compatível com Ethereum (EVM): ele começa com 0x e tem 42 caracteres; copie-o do app da sua carteira. Só o endereço: nunca suas palavras secretas nem sua chave. Você pode deixar em branco e adicionar depois.</translation>
    </message>
    <message>
        <source>0x… (your wallet’s address, optional)</source>
        <translation>0x… (endereço da sua carteira, opcional)</translation>
    </message>
    <message>
        <source>Payout address</source>
        <translation>Endereço de pagamento</translation>
    </message>
    <message>
        <source>The payout address above is this wallet&apos;s.</source>
        <translation>O endereço de pagamento acima é desta carteira.</translation>
    </message>
    <message>
        <source>When may tasks run?</source>
        <translation>Quando as tarefas podem rodar?</translation>
    </message>
    <message>
        <source>Only when I am &amp;away from the computer (recommended)</source>
        <translation>Só quando eu estiver &amp;longe do computador (recomendado)</translation>
    </message>
    <message>
        <source>&amp;Always, at the lowest priority (may make fans louder)</source>
        <translation>&amp;Sempre, com a menor prioridade (o ventilador pode fazer mais barulho)</translation>
    </message>
    <message>
        <source>At &amp;these hours (click or drag to change):</source>
        <translation>&amp;Nestes horários (clique ou arraste para mudar):</translation>
    </message>
    <message>
        <source>You can change this any time in Settings, and pause from the tray icon.</source>
        <translation>Você pode mudar isso quando quiser em Configurações e pausar pelo ícone da bandeja.</translation>
    </message>
    <message>
        <source>All set</source>
        <translation>Tudo pronto</translation>
    </message>
    <message>
        <source>SpareCycles keeps a wallet for you on this computer. You can save a copy of it to a file, which MetaMask and most other wallets open.</source>
        <translation>O SpareCycles guarda uma carteira para você neste computador. Você pode salvar uma cópia dela num arquivo que o MetaMask e a maioria das outras carteiras abrem.</translation>
    </message>
    <message>
        <source>No wallet yet? SpareCycles can make one for you and keep it on this computer; you write down 12 recovery words that bring it back.</source>
        <translation>Ainda não tem carteira? O SpareCycles pode criar uma para você e guardá-la neste computador; você anota 12 palavras de recuperação que a trazem de volta.</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Salvar uma cópia…</translation>
    </message>
    <message>
        <source>&amp;Make one for me…</source>
        <translation>&amp;Criar uma para mim…</translation>
    </message>
    <message>
        <source>A hub address looks like https://hub.example.org.</source>
        <translation>Um endereço de hub tem esta forma: https://hub.example.org.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Não é possível alcançar %1: %2</translation>
    </message>
    <message>
        <source>%1 answers, but it is not a SpareCycles hub.</source>
        <translation>%1 responde, mas não é um hub do SpareCycles.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Verificando %1…</translation>
    </message>
    <message>
        <source>Choose at least one hour, or tasks could never run.</source>
        <translation>Escolha pelo menos uma hora, senão as tarefas nunca poderiam rodar.</translation>
    </message>
    <message>
        <source>Network: the demo network on this computer.</source>
        <translation>Rede: a rede de demonstração neste computador.</translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation>Rede: %1</translation>
    </message>
    <message>
        <source>Payouts: no address yet.</source>
        <translation>Pagamentos: nenhum endereço ainda.</translation>
    </message>
    <message>
        <source>Payouts to: %1</source>
        <translation>Pagamentos para: %1</translation>
    </message>
    <message>
        <source>Tasks run only when you are away.</source>
        <translation>As tarefas rodam só quando você está longe.</translation>
    </message>
    <message>
        <source>Tasks run always, at the lowest priority.</source>
        <translation>As tarefas rodam sempre, com a menor prioridade.</translation>
    </message>
    <message numerus="yes">
        <source>Tasks run only at the hours you chose (%n hours a week).</source>
        <translation>
            <numerusform>As tarefas rodam só nos horários que você escolheu (%n hora por semana).</numerusform>
            <numerusform>As tarefas rodam só nos horários que você escolheu (%n horas por semana).</numerusform>
        </translation>
    </message>
    <message>
        <source>SpareCycles lives in the tray (the icon near the clock). Click it to see what it does and what you earned.</source>
        <translation>O SpareCycles fica na bandeja (o ícone perto do relógio). Clique nele para ver o que ele está fazendo e quanto você ganhou.</translation>
    </message>
</context>
<context>
    <name>sc::ui::HistoryPage</name>
    <message>
        <source>Processor time</source>
        <translation>Tempo de processador</translation>
    </message>
    <message>
        <source>Tasks finished</source>
        <translation>Tarefas concluídas</translation>
    </message>
    <message>
        <source>The contribution record could not be opened.</source>
        <translation>Não foi possível abrir o registro de contribuições.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message numerus="yes">
        <source>In this period: %1 of processor time, %n tasks finished.</source>
        <translation>
            <numerusform>Neste período: %1 de tempo de processador, %n tarefa concluída.</numerusform>
            <numerusform>Neste período: %1 de tempo de processador, %n tarefas concluídas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The network accepted %n results</source>
        <translation>
            <numerusform>A rede aceitou %n resultado</numerusform>
            <numerusform>A rede aceitou %n resultados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and rejected %n (wrong, failed or late).</source>
        <translation>
            <numerusform>e recusou %n (errado, com falha ou atrasado).</numerusform>
            <numerusform>e recusou %n (errados, com falha ou atrasados).</numerusform>
        </translation>
    </message>
    <message>
        <source>Your computer has not worked on any task in this period yet. Tasks run when you are away from the computer (see Settings).</source>
        <translation>Seu computador ainda não trabalhou em nenhuma tarefa neste período. As tarefas rodam quando você está longe do computador (veja Configurações).</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semana de %1</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <source>Minutes of processor time</source>
        <translation>Minutos de tempo de processador</translation>
    </message>
    <message>
        <source>Hours of processor time</source>
        <translation>Horas de tempo de processador</translation>
    </message>
    <message>
        <source>Chart of the time your computer worked and finished tasks</source>
        <translation>Gráfico do tempo de trabalho do computador e das tarefas concluídas</translation>
    </message>
    <message>
        <source>Processor and graphics card time</source>
        <translation>Tempo de processador e de placa de vídeo</translation>
    </message>
    <message numerus="yes">
        <source>In this period: %1 of processor time and %2 of graphics card time, %n tasks finished.</source>
        <translation>
            <numerusform>Neste período: %1 de tempo de processador e %2 de tempo de placa de vídeo, %n tarefa concluída.</numerusform>
            <numerusform>Neste período: %1 de tempo de processador e %2 de tempo de placa de vídeo, %n tarefas concluídas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Processador</translation>
    </message>
    <message>
        <source>Graphics card</source>
        <translation>Placa de vídeo</translation>
    </message>
    <message>
        <source>Minutes of work</source>
        <translation>Minutos de trabalho</translation>
    </message>
    <message>
        <source>Hours of work</source>
        <translation>Horas de trabalho</translation>
    </message>
</context>
<context>
    <name>sc::ui::LiveChart</name>
    <message>
        <source>CPU temperature (°C)</source>
        <translation>Temperatura da CPU (°C)</translation>
    </message>
    <message>
        <source>Share of time tasks run (%)</source>
        <translation>Parcela do tempo em que as tarefas rodam (%)</translation>
    </message>
    <message>
        <source>Processor used by tasks (% of the computer)</source>
        <translation>Processador usado pelas tarefas (% do computador)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Collecting the first measurements…</source>
        <translation>Coletando as primeiras medições…</translation>
    </message>
    <message>
        <source>This computer does not report its processor temperature; only the tasks’ share of time and processor use are shown.</source>
        <translation>Este computador não informa a temperatura do processador; só são mostrados a parcela de tempo das tarefas e o uso do processador.</translation>
    </message>
    <message>
        <source>Graphics card temperature (°C)</source>
        <translation>Temperatura da placa de vídeo (°C)</translation>
    </message>
    <message>
        <source>This computer does not report its processor temperature; the graphics card’s is shown.</source>
        <translation>Este computador não informa a temperatura do processador; é mostrada a da placa de vídeo.</translation>
    </message>
</context>
<context>
    <name>sc::ui::OverviewPage</name>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Run tasks without a sandbox…</source>
        <translation>Rodar tarefas sem sandbox…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Ganho</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>In total</source>
        <translation>No total</translation>
    </message>
    <message>
        <source>Waiting for payout</source>
        <translation>Aguardando pagamento</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Payout wallet</source>
        <translation>Carteira de pagamento</translation>
    </message>
    <message>
        <source>What your payout address holds on the blockchain, including anything it received from elsewhere.</source>
        <translation>O que o seu endereço de pagamento tem na blockchain, incluindo o que recebeu de outros lugares.</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>For network fees</source>
        <translation>Para taxas da rede</translation>
    </message>
    <message>
        <source>Last 10 minutes</source>
        <translation>Últimos 10 minutos</translation>
    </message>
    <message>
        <source>Chart of CPU temperature and task running time over the last 10 minutes</source>
        <translation>Gráfico da temperatura da CPU e do tempo das tarefas nos últimos 10 minutos</translation>
    </message>
    <message>
        <source>Tasks on this computer</source>
        <translation>Tarefas neste computador</translation>
    </message>
    <message>
        <source>No task is running right now.</source>
        <translation>Nenhuma tarefa rodando agora.</translation>
    </message>
    <message>
        <source>Waiting for your permission</source>
        <translation>Aguardando sua permissão</translation>
    </message>
    <message>
        <source>Tasks wait where they stopped and go on from there when you resume.</source>
        <translation>As tarefas aguardam onde pararam e continuam dali quando você retomar.</translation>
    </message>
    <message>
        <source>Paused until you resume</source>
        <translation>Pausado até você retomar</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>Pausado até %1</translation>
    </message>
    <message>
        <source>Running now until %1, even while you use the computer</source>
        <translation>Rodando agora até %1, mesmo enquanto você usa o computador</translation>
    </message>
    <message>
        <source>Run tasks without a sandbox?</source>
        <translation>Rodar tarefas sem sandbox?</translation>
    </message>
    <message>
        <source>Tasks come from the network&apos;s strangers. Without a sandbox they run as you: they could read your files and use the network. They still run only when you are away and at the lowest priority.

Installing bubblewrap is safer. You can turn this off again in Settings.</source>
        <translation>As tarefas vêm de desconhecidos da rede. Sem sandbox, elas rodam como você: poderiam ler seus arquivos e usar a rede. Elas continuam rodando só quando você está longe e com a menor prioridade.

Instalar o bubblewrap é mais seguro. Você pode desligar isso de novo em Configurações.</translation>
    </message>
    <message>
        <source>Run without a sandbox</source>
        <translation>Rodar sem sandbox</translation>
    </message>
    <message>
        <source>A task</source>
        <translation>Uma tarefa</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2, suspended</source>
        <translation>%1 — %2, suspensa</translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <translation>%1 — %2 · %3</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Progresso de %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No balance of %1 could be read yet.</source>
        <translation>Ainda não foi possível ler nenhum saldo de %1.</translation>
    </message>
    <message>
        <source>Showing the balance from %1.</source>
        <translation>Mostrando o saldo de %1.</translation>
    </message>
    <message>
        <source>%1 %2 Trying again in a minute. Check your internet connection, or change “Blockchain node address” in Settings.</source>
        <translation>%1 %2 Nova tentativa em um minuto. Verifique sua conexão com a internet ou altere “Endereço do nó da blockchain” em Configurações.</translation>
    </message>
    <message>
        <source>Reading the balance of %1 from the blockchain…</source>
        <translation>Lendo o saldo de %1 na blockchain…</translation>
    </message>
    <message>
        <source>Read from the blockchain at %1 for %2.</source>
        <translation>Lido na blockchain às %1, para %2.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Time worked in the last 7 days</source>
        <translation>Tempo trabalhado nos últimos 7 dias</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Processador</translation>
    </message>
    <message>
        <source>Graphics card</source>
        <translation>Placa de vídeo</translation>
    </message>
</context>
<context>
    <name>sc::ui::RangeSelector</name>
    <message>
        <source>7 days</source>
        <translation>7 dias</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 dias</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 ano</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tudo</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
</context>
<context>
    <name>sc::ui::ScheduleGrid</name>
    <message>
        <source>Hours when tasks may run</source>
        <translation>Horários em que as tarefas podem rodar</translation>
    </message>
    <message>
        <source>A week, one row per day and one column per hour. Filled hours are when tasks may run. Arrow keys move, Space switches an hour.</source>
        <translation>Uma semana, uma linha por dia e uma coluna por hora. As horas preenchidas são quando as tarefas podem rodar. As setas movem, a barra de espaço liga ou desliga uma hora.</translation>
    </message>
</context>
<context>
    <name>sc::ui::SettingsPage</name>
    <message>
        <source>Move</source>
        <translation>Mudar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restaurar padrões</translation>
    </message>
    <message>
        <source>Restore the defaults of “%1”</source>
        <translation>Restaurar os padrões de “%1”</translation>
    </message>
    <message>
        <source>Puts every choice in “%1” back as SpareCycles came.</source>
        <translation>Volta todas as opções de “%1” ao padrão original do SpareCycles.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avançado</translation>
    </message>
    <message>
        <source>When to run</source>
        <translation>Quando rodar</translation>
    </message>
    <message>
        <source>Only while I’m away from the computer</source>
        <translation>Só enquanto eu estiver longe do computador</translation>
    </message>
    <message>
        <source>Start after I have been away for</source>
        <translation>Começar após eu ficar longe por</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes away before tasks start</source>
        <translation>Minutos longe antes de as tarefas começarem</translation>
    </message>
    <message>
        <source>Always, but slowed down while I use the computer</source>
        <translation>Sempre, mas mais devagar enquanto eu uso o computador</translation>
    </message>
    <message>
        <source>While I use it, tasks get</source>
        <translation>Enquanto eu o uso, as tarefas recebem</translation>
    </message>
    <message>
        <source>%1 % of the processor time</source>
        <translation>%1 % do processador</translation>
    </message>
    <message>
        <source>Processor time for tasks while you use the computer</source>
        <translation>Tempo de processador para as tarefas enquanto você usa o computador</translation>
    </message>
    <message>
        <source>Always, at full speed</source>
        <translation>Sempre, na velocidade máxima</translation>
    </message>
    <message>
        <source>Tasks always run at the lowest priority, so the programs you use come first.</source>
        <translation>As tarefas sempre rodam com a menor prioridade, para que seus programas venham primeiro.</translation>
    </message>
    <message>
        <source>Also use the graphics card while I use the computer</source>
        <translation>Usar também a placa de vídeo enquanto eu uso o computador</translation>
    </message>
    <message>
        <source>Hours when tasks may run (click or drag to change):</source>
        <translation>Horários em que as tarefas podem rodar (clique ou arraste para mudar):</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>A qualquer hora</translation>
    </message>
    <message>
        <source>Allow every hour of the week.</source>
        <translation>Permitir todas as horas da semana.</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Processor cores tasks may use</source>
        <translation>Núcleos do processador que as tarefas podem usar</translation>
    </message>
    <message numerus="yes">
        <source>of %n cores</source>
        <translation>
            <numerusform>de %n núcleo</numerusform>
            <numerusform>de %n núcleos</numerusform>
        </translation>
    </message>
    <message>
        <source>Processor cores:</source>
        <translation>Núcleos do processador:</translation>
    </message>
    <message>
        <source>Processor time:</source>
        <translation>Tempo de processador:</translation>
    </message>
    <message>
        <source>Processor time each task may use</source>
        <translation>Tempo de processador que cada tarefa pode usar</translation>
    </message>
    <message>
        <source>%1 % of each core&apos;s time</source>
        <translation>%1 % do tempo de cada núcleo</translation>
    </message>
    <message>
        <source>Memory while I use the computer:</source>
        <translation>Memória enquanto eu uso o computador:</translation>
    </message>
    <message>
        <source>Memory tasks may use while you use the computer</source>
        <translation>Memória que as tarefas podem usar enquanto você usa o computador</translation>
    </message>
    <message>
        <source>%1 % (%2)</source>
        <translation>%1 % (%2)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Memory while I’m away:</source>
        <translation>Memória enquanto estou longe:</translation>
    </message>
    <message>
        <source>Memory tasks may use while you are away</source>
        <translation>Memória que as tarefas podem usar enquanto você está longe</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>Disk space always left free</source>
        <translation>Espaço em disco sempre livre</translation>
    </message>
    <message>
        <source>Always leave free on the disk:</source>
        <translation>Sempre deixar livre no disco:</translation>
    </message>
    <message>
        <source>Disk space tasks may use at most</source>
        <translation>Espaço em disco máximo para as tarefas</translation>
    </message>
    <message>
        <source>Disk space for tasks, at most:</source>
        <translation>Espaço em disco para tarefas, no máximo:</translation>
    </message>
    <message>
        <source>Pause tasks while other programs keep the processor busy</source>
        <translation>Pausar as tarefas enquanto outros programas ocupam o processador</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>above %1 % of the processor</source>
        <translation>acima de %1 % do processador</translation>
    </message>
    <message>
        <source>How busy other programs must keep the processor</source>
        <translation>Quanto outros programas precisam ocupar o processador</translation>
    </message>
    <message>
        <source>When they use</source>
        <translation>Quando eles usarem</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds other programs must be busy before tasks pause</source>
        <translation>Segundos que outros programas precisam ficar ocupados antes de as tarefas pausarem</translation>
    </message>
    <message>
        <source>Pause once they have been busy for:</source>
        <translation>Pausar depois de ficarem ocupados por:</translation>
    </message>
    <message>
        <source>Seconds tasks stay paused at least</source>
        <translation>Segundos que as tarefas ficam pausadas no mínimo</translation>
    </message>
    <message>
        <source>Then stay paused for at least:</source>
        <translation>Depois, ficar pausado por pelo menos:</translation>
    </message>
    <message>
        <source>Pause while one of these programs runs (a game, for example):</source>
        <translation>Pausar enquanto um destes programas estiver rodando (um jogo, por exemplo):</translation>
    </message>
    <message>
        <source>Programs that pause tasks while they run</source>
        <translation>Programas que pausam as tarefas enquanto rodam</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Pause for a program</source>
        <translation>Pausar por causa de um programa</translation>
    </message>
    <message>
        <source>The program’s name as the system lists it (for example steam or blender):</source>
        <translation>O nome do programa como o sistema o mostra (por exemplo steam ou blender):</translation>
    </message>
    <message>
        <source>Run tasks even where they cannot be shut in a sandbox</source>
        <translation>Rodar tarefas mesmo onde não podem ser isoladas numa sandbox</translation>
    </message>
    <message>
        <source>Not recommended: without a sandbox a task could read your files. SpareCycles uses a sandbox wherever this computer can set one up.</source>
        <translation>Não recomendado: sem sandbox, uma tarefa poderia ler seus arquivos. O SpareCycles usa uma sandbox sempre que este computador consegue preparar uma.</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Tasks slow down as the temperature nears the limit and stop above it, so the computer never runs hotter than you allow.</source>
        <translation>As tarefas ficam mais lentas quando a temperatura se aproxima do limite e param acima dele, para que o computador nunca esquente mais do que você permite.</translation>
    </message>
    <message>
        <source> °C</source>
        <translation> °C</translation>
    </message>
    <message>
        <source>Processor: keep below</source>
        <translation>Processador: abaixo de</translation>
    </message>
    <message>
        <source>Processor temperature limit</source>
        <translation>Limite de temperatura do processador</translation>
    </message>
    <message>
        <source>Graphics card: keep below</source>
        <translation>Placa de vídeo: abaixo de</translation>
    </message>
    <message>
        <source>Graphics card temperature limit</source>
        <translation>Limite de temperatura da placa de vídeo</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Bateria</translation>
    </message>
    <message>
        <source>Pause tasks</source>
        <translation>Pausar as tarefas</translation>
    </message>
    <message>
        <source>Run only while the battery is charged enough</source>
        <translation>Rodar só enquanto a bateria tiver carga suficiente</translation>
    </message>
    <message>
        <source>Run as on mains power</source>
        <translation>Rodar como na tomada</translation>
    </message>
    <message>
        <source>What tasks do on battery</source>
        <translation>O que as tarefas fazem na bateria</translation>
    </message>
    <message>
        <source>On battery:</source>
        <translation>Na bateria:</translation>
    </message>
    <message>
        <source>above %1 %</source>
        <translation>acima de %1 %</translation>
    </message>
    <message>
        <source>Battery charge tasks need</source>
        <translation>Carga da bateria de que as tarefas precisam</translation>
    </message>
    <message>
        <source>Run while charged:</source>
        <translation>Rodar com carga:</translation>
    </message>
    <message>
        <source>On a computer without a battery this changes nothing.</source>
        <translation>Num computador sem bateria, isso não muda nada.</translation>
    </message>
    <message>
        <source>Network and payout</source>
        <translation>Rede e pagamento</translation>
    </message>
    <message>
        <source>Work for:</source>
        <translation>Trabalhar para:</translation>
    </message>
    <message>
        <source>The demo network on this computer (its credit has no value)</source>
        <translation>A rede de demonstração neste computador (o crédito dela não tem valor)</translation>
    </message>
    <message>
        <source>The network at this address:</source>
        <translation>A rede neste endereço:</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Address of the network</source>
        <translation>Endereço da rede</translation>
    </message>
    <message>
        <source>&amp;Join…</source>
        <translation>&amp;Entrar…</translation>
    </message>
    <message>
        <source>the demo network on this computer</source>
        <translation>a rede de demonstração neste computador</translation>
    </message>
    <message>
        <source>Payout address (where the network sends what you earn):</source>
        <translation>Endereço de pagamento (para onde a rede envia o que você ganha):</translation>
    </message>
    <message>
        <source>0x… (your wallet’s address; you can add it later)</source>
        <translation>0x… (endereço da sua carteira; você pode adicionar depois)</translation>
    </message>
    <message>
        <source>Payout address</source>
        <translation>Endereço de pagamento</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the payout address</source>
        <translation>Copiar o endereço de pagamento</translation>
    </message>
    <message>
        <source>Create or import a wallet…</source>
        <translation>Criar ou importar uma carteira…</translation>
    </message>
    <message>
        <source>No wallet yet? SpareCycles can make one for you, or bring in one you have from its recovery words or a wallet file.</source>
        <translation>Ainda não tem carteira? O SpareCycles pode criar uma para você ou importar a que você já tem, pelas palavras de recuperação ou por um arquivo de carteira.</translation>
    </message>
    <message>
        <source>Export wallet…</source>
        <translation>Exportar carteira…</translation>
    </message>
    <message>
        <source>Save a copy of the wallet SpareCycles holds to a file locked with a password.</source>
        <translation>Salvar uma cópia da carteira que o SpareCycles guarda num arquivo trancado com senha.</translation>
    </message>
    <message>
        <source>Blockchain node to read your wallet balance from:</source>
        <translation>Nó da blockchain para ler o saldo da sua carteira:</translation>
    </message>
    <message>
        <source>The one your network suggests</source>
        <translation>O que a sua rede sugere</translation>
    </message>
    <message>
        <source>Blockchain node address</source>
        <translation>Endereço do nó da blockchain</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <source>Tell me when:</source>
        <translation>Avisar quando:</translation>
    </message>
    <message>
        <source>a payout arrives</source>
        <translation>chegar um pagamento</translation>
    </message>
    <message>
        <source>tasks stop because the computer got too hot</source>
        <translation>as tarefas pararem porque o computador esquentou demais</translation>
    </message>
    <message>
        <source>a task fails again and again</source>
        <translation>uma tarefa falhar repetidas vezes</translation>
    </message>
    <message>
        <source>the network has been out of reach for half an hour</source>
        <translation>a rede ficar inacessível por meia hora</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Aplicativo</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Igual ao sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Dark icon, for a light panel</source>
        <translation>Ícone escuro, para painel claro</translation>
    </message>
    <message>
        <source>Light icon, for a dark panel</source>
        <translation>Ícone claro, para painel escuro</translation>
    </message>
    <message>
        <source>Tray icon colour</source>
        <translation>Cor do ícone da bandeja</translation>
    </message>
    <message>
        <source>Tray icon:</source>
        <translation>Ícone da bandeja:</translation>
    </message>
    <message>
        <source>Start SpareCycles when I log in</source>
        <translation>Iniciar o SpareCycles ao fazer login</translation>
    </message>
    <message>
        <source>Choose at least one hour, or tasks could never run.</source>
        <translation>Escolha pelo menos uma hora, senão as tarefas nunca poderiam rodar.</translation>
    </message>
    <message>
        <source>Type the network’s address, such as https://hub.example.org.</source>
        <translation>Digite o endereço da rede, como https://hub.example.org.</translation>
    </message>
    <message>
        <source>A network’s address starts with https:// or http://, such as https://hub.example.org.</source>
        <translation>O endereço de uma rede começa com https:// ou http://, como https://hub.example.org.</translation>
    </message>
    <message>
        <source>Move to another network?</source>
        <translation>Mudar para outra rede?</translation>
    </message>
    <message>
        <source>Move to %1?

Tasks of the network you work for now that have not finished are dropped, and this computer starts on tasks from the new one. The credit you earned stays in your history.</source>
        <translation>Mudar para %1?

As tarefas não concluídas da rede para a qual você trabalha agora são descartadas, e este computador começa com tarefas da nova rede. O crédito que você ganhou continua no seu histórico.</translation>
    </message>
    <message>
        <source>SpareCycles now works for %1.</source>
        <translation>O SpareCycles agora trabalha para %1.</translation>
    </message>
    <message>
        <source>Go back to %1</source>
        <translation>Voltar para %1</translation>
    </message>
    <message>
        <source>Tasks may run at any hour.</source>
        <translation>As tarefas podem rodar a qualquer hora.</translation>
    </message>
    <message numerus="yes">
        <source>Tasks may run %n of the 168 hours of a week.</source>
        <translation>
            <numerusform>As tarefas podem rodar %n das 168 horas da semana.</numerusform>
            <numerusform>As tarefas podem rodar %n das 168 horas da semana.</numerusform>
        </translation>
    </message>
    <message>
        <source>Now %1 °C</source>
        <translation>Agora %1 °C</translation>
    </message>
    <message>
        <source>This computer does not report it</source>
        <translation>Este computador não a informa</translation>
    </message>
    <message>
        <source>No graphics card reports it</source>
        <translation>Nenhuma placa de vídeo a informa</translation>
    </message>
    <message>
        <source>Let tasks use the graphics card</source>
        <translation>Permitir que as tarefas usem a placa de vídeo</translation>
    </message>
</context>
<context>
    <name>sc::ui::ThisPcPage</name>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Your computer</source>
        <translation>Seu computador</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lendo…</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidade</translation>
    </message>
    <message>
        <source>&amp;Measure speed now</source>
        <translation>&amp;Medir a velocidade agora</translation>
    </message>
    <message>
        <source>Measure this computer&apos;s speed now</source>
        <translation>Medir a velocidade deste computador agora</translation>
    </message>
    <message>
        <source>Unknown processor</source>
        <translation>Processador desconhecido</translation>
    </message>
    <message>
        <source>%1 cores, can run %2 tasks at once</source>
        <translation>%1 núcleos, pode rodar %2 tarefas ao mesmo tempo</translation>
    </message>
    <message>
        <source>can run %1 tasks at once</source>
        <translation>pode rodar %1 tarefas ao mesmo tempo</translation>
    </message>
    <message>
        <source>up to %1 GHz</source>
        <translation>até %1 GHz</translation>
    </message>
    <message>
        <source>Processor:</source>
        <translation>Processador:</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Memória:</translation>
    </message>
    <message>
        <source>%1 (%2 free now)</source>
        <translation>%1 (%2 livre agora)</translation>
    </message>
    <message>
        <source>, %1 memory</source>
        <translation>, %1 de memória</translation>
    </message>
    <message>
        <source>Graphics:</source>
        <translation>Gráficos:</translation>
    </message>
    <message>
        <source>No graphics card that tasks can use was found.</source>
        <translation>Não foi encontrada nenhuma placa de vídeo que as tarefas possam usar.</translation>
    </message>
    <message>
        <source>Free disk space:</source>
        <translation>Espaço livre em disco:</translation>
    </message>
    <message>
        <source>%1 in the SpareCycles folder</source>
        <translation>%1 na pasta do SpareCycles</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>Sistema:</translation>
    </message>
    <message>
        <source>Battery:</source>
        <translation>Bateria:</translation>
    </message>
    <message>
        <source>Yes. Tasks follow the battery rules in Settings.</source>
        <translation>Sim. As tarefas seguem as regras de bateria das Configurações.</translation>
    </message>
    <message>
        <source>No (this computer runs on mains power).</source>
        <translation>Não (este computador funciona ligado na tomada).</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>Temperatura:</translation>
    </message>
    <message>
        <source>%1 °C now (measured by %2)</source>
        <translation>%1 °C agora (medido por %2)</translation>
    </message>
    <message>
        <source>This computer does not report its processor temperature, so SpareCycles cannot slow tasks down when it gets hot.</source>
        <translation>Este computador não informa a temperatura do processador, então o SpareCycles não consegue deixar as tarefas mais lentas quando ele esquenta.</translation>
    </message>
    <message>
        <source>The speed of this computer has not been measured yet. It takes a few seconds and runs at low priority.</source>
        <translation>A velocidade deste computador ainda não foi medida. Isso leva alguns segundos e roda com prioridade baixa.</translation>
    </message>
    <message numerus="yes">
        <source>Measured on %1 using %n threads. Higher numbers are faster.</source>
        <translation>
            <numerusform>Medido em %1 usando %n thread. Números maiores são mais rápidos.</numerusform>
            <numerusform>Medido em %1 usando %n threads. Números maiores são mais rápidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall score:</source>
        <translation>Pontuação geral:</translation>
    </message>
    <message>
        <source>Whole-number work:</source>
        <translation>Cálculo com inteiros:</translation>
    </message>
    <message>
        <source>%1 million operations per second (one core: %2)</source>
        <translation>%1 milhões de operações por segundo (um núcleo: %2)</translation>
    </message>
    <message>
        <source>Decimal maths:</source>
        <translation>Cálculo com decimais:</translation>
    </message>
    <message>
        <source>Memory speed:</source>
        <translation>Velocidade da memória:</translation>
    </message>
    <message>
        <source>%1 GB per second (one core: %2)</source>
        <translation>%1 GB por segundo (um núcleo: %2)</translation>
    </message>
    <message>
        <source>Measuring… (a few seconds)</source>
        <translation>Medindo… (alguns segundos)</translation>
    </message>
</context>
<context>
    <name>sc::ui::TrayController</name>
    <message>
        <source>SpareCycles menu</source>
        <translation>Menu do SpareCycles</translation>
    </message>
    <message>
        <source>&amp;Open dashboard</source>
        <translation>&amp;Abrir painel</translation>
    </message>
    <message>
        <source>Pause for 1 &amp;hour</source>
        <translation>Pausar por 1 &amp;hora</translation>
    </message>
    <message>
        <source>Pause until &amp;tomorrow</source>
        <translation>Pausar até a&amp;manhã</translation>
    </message>
    <message>
        <source>Pause until I &amp;resume</source>
        <translation>Pausar até eu &amp;retomar</translation>
    </message>
    <message>
        <source>R&amp;esume</source>
        <translation>Re&amp;tomar</translation>
    </message>
    <message>
        <source>Run &amp;now for an hour, even while I use the computer</source>
        <translation>Rodar a&amp;gora por 1 hora, mesmo enquanto eu uso o computador</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>SpareCycles: %1</source>
        <translation>SpareCycles: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks running</source>
        <translation>
            <numerusform>%n tarefa rodando</numerusform>
            <numerusform>%n tarefas rodando</numerusform>
        </translation>
    </message>
    <message>
        <source>Earned today: %1</source>
        <translation>Ganho hoje: %1</translation>
    </message>
</context>
<context>
    <name>sc::ui::WalletDialog</name>
    <message>
        <source>Your wallet</source>
        <translation>Sua carteira</translation>
    </message>
    <message>
        <source>A wallet for your payouts</source>
        <translation>Uma carteira para os seus pagamentos</translation>
    </message>
    <message>
        <source>A wallet is where the tokens you earn with this computer&apos;s spare time are paid to; SpareCycles can make one for you and keep its key on this computer. A new wallet comes with 12 recovery words, and those words are the only way back to it if this computer breaks or is lost.</source>
        <translation>Uma carteira é para onde são pagos os tokens que você ganha com o tempo livre deste computador; o SpareCycles pode criar uma para você e guardar a chave dela neste computador. Uma carteira nova vem com 12 palavras de recuperação, e essas palavras são o único jeito de recuperá-la se este computador quebrar ou for perdido.</translation>
    </message>
    <message>
        <source>&amp;Make a new wallet for me</source>
        <translation>&amp;Criar uma carteira nova para mim</translation>
    </message>
    <message>
        <source>I have a wallet: bring it in with its recovery &amp;words</source>
        <translation>Tenho uma carteira: importar com as &amp;palavras de recuperação</translation>
    </message>
    <message>
        <source>I have a wallet: bring it in from a wallet &amp;file</source>
        <translation>Tenho uma carteira: &amp;importar de um arquivo de carteira</translation>
    </message>
    <message>
        <source>A Web3 keystore (v3) JSON file, as MetaMask, MyEtherWallet or geth save it.</source>
        <translation>Um arquivo JSON keystore Web3 (v3), como o MetaMask, o MyEtherWallet ou o geth o salvam.</translation>
    </message>
    <message>
        <source>&amp;Save a copy of the wallet to a file</source>
        <translation>&amp;Salvar uma cópia da carteira num arquivo</translation>
    </message>
    <message>
        <source>Write down your 12 recovery words</source>
        <translation>Anote suas 12 palavras de recuperação</translation>
    </message>
    <message>
        <source>Write these words on paper, in this order, and keep the paper somewhere safe. Anyone who sees them can take everything in the wallet, and nobody, not even SpareCycles, can give them to you again: they are shown only this once.</source>
        <translation>Escreva estas palavras num papel, nesta ordem, e guarde o papel num lugar seguro. Quem as vir pode levar tudo o que está na carteira, e ninguém, nem mesmo o SpareCycles, pode mostrá-las de novo: elas aparecem só desta vez.</translation>
    </message>
    <message>
        <source>A BIP-39 recovery phrase (English word list); the wallet&apos;s first account (m/44&apos;/60&apos;/0&apos;/0/0) receives the payouts.</source>
        <translation>Uma frase de recuperação BIP-39 (lista de palavras em inglês); a primeira conta da carteira (m/44&apos;/60&apos;/0&apos;/0/0) recebe os pagamentos.</translation>
    </message>
    <message>
        <source>I &amp;wrote them down</source>
        <translation>Eu as ano&amp;tei</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Avançar &gt;</translation>
    </message>
    <message>
        <source>Check your paper</source>
        <translation>Confira seu papel</translation>
    </message>
    <message>
        <source>Type the words your paper has at these numbers.</source>
        <translation>Digite as palavras que estão no seu papel nestes números.</translation>
    </message>
    <message>
        <source>Choose a password</source>
        <translation>Escolha uma senha</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repita a senha</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;De novo:</translation>
    </message>
    <message>
        <source>Your recovery words</source>
        <translation>Suas palavras de recuperação</translation>
    </message>
    <message>
        <source>Type or paste the 12 or 24 recovery words of your wallet, in order, separated by spaces. Payouts will go to the wallet&apos;s first account.</source>
        <translation>Digite ou cole as 12 ou 24 palavras de recuperação da sua carteira, em ordem, separadas por espaços. Os pagamentos irão para a primeira conta da carteira.</translation>
    </message>
    <message>
        <source>Recovery words</source>
        <translation>Palavras de recuperação</translation>
    </message>
    <message>
        <source>A BIP-39 phrase in English; the account used is m/44&apos;/60&apos;/0&apos;/0/0.</source>
        <translation>Uma frase BIP-39 em inglês; a conta usada é m/44&apos;/60&apos;/0&apos;/0/0.</translation>
    </message>
    <message>
        <source>Your wallet file</source>
        <translation>Seu arquivo de carteira</translation>
    </message>
    <message>
        <source>Choose the file your wallet was saved in (MetaMask, MyEtherWallet and SpareCycles save a file ending in .json) and type its password.</source>
        <translation>Escolha o arquivo em que sua carteira foi salva (o MetaMask, o MyEtherWallet e o SpareCycles salvam um arquivo terminado em .json) e digite a senha dele.</translation>
    </message>
    <message>
        <source>Wallet &amp;file:</source>
        <translation>Arquivo da &amp;carteira:</translation>
    </message>
    <message>
        <source>Wallet file</source>
        <translation>Arquivo da carteira</translation>
    </message>
    <message>
        <source>Wallet files (*.json *.keystore);;All files (*)</source>
        <translation>Arquivos de carteira (*.json *.keystore);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>A Web3 keystore (v3) JSON file.</source>
        <translation>Um arquivo JSON keystore Web3 (v3).</translation>
    </message>
    <message>
        <source>Password of the file</source>
        <translation>Senha do arquivo</translation>
    </message>
    <message>
        <source>Save a copy of your wallet</source>
        <translation>Salvar uma cópia da sua carteira</translation>
    </message>
    <message>
        <source>The copy is a file locked with a password. MetaMask and most other wallets can open it; keep it as safe as your recovery words.</source>
        <translation>A cópia é um arquivo trancado com senha. O MetaMask e a maioria das outras carteiras conseguem abri-lo; guarde-o com o mesmo cuidado que suas palavras de recuperação.</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Salvar &amp;como:</translation>
    </message>
    <message>
        <source>Save the wallet as</source>
        <translation>Salvar a carteira como</translation>
    </message>
    <message>
        <source>Wallet files (*.json)</source>
        <translation>Arquivos de carteira (*.json)</translation>
    </message>
    <message>
        <source>Written as a Web3 keystore (v3) JSON file, readable only by you.</source>
        <translation>Gravado como arquivo JSON keystore Web3 (v3), que só você pode ler.</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>A mesma senha de novo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>An EIP-55 address on an EVM chain.</source>
        <translation>Um endereço EIP-55 numa chain EVM.</translation>
    </message>
    <message>
        <source>Looking for this computer&apos;s keychain… (this can take a few seconds)</source>
        <translation>Procurando o chaveiro deste computador… (pode levar alguns segundos)</translation>
    </message>
    <message>
        <source>SpareCycles keeps a wallet for this computer in %1.</source>
        <translation>O SpareCycles guarda uma carteira para este computador %1.</translation>
    </message>
    <message>
        <source>Its address is %1.</source>
        <translation>O endereço dela é %1.</translation>
    </message>
    <message>
        <source>It is never replaced, because it holds the key of your payouts; you can save a copy.</source>
        <translation>Ela nunca é substituída, porque guarda a chave dos seus pagamentos; você pode salvar uma cópia.</translation>
    </message>
    <message>
        <source>There is no wallet made by SpareCycles here yet, so there is nothing to save. Make one or bring yours in.</source>
        <translation>Ainda não há aqui nenhuma carteira criada pelo SpareCycles, então não há nada para salvar. Crie uma ou importe a sua.</translation>
    </message>
    <message>
        <source>The wallet&apos;s key will be kept in the system keychain, which your login unlocks.</source>
        <translation>A chave da carteira será guardada no chaveiro do sistema, que é desbloqueado quando você faz login.</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the wallet will be kept in a file locked with a password: %1</source>
        <translation>Este computador não tem chaveiro, então a carteira será guardada num arquivo trancado com senha: %1</translation>
    </message>
    <message>
        <source>Word %1:</source>
        <translation>Palavra %1:</translation>
    </message>
    <message>
        <source>Word %1</source>
        <translation>Palavra %1</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the wallet is kept in a file locked with a password. Choose one of at least %1 characters: it is asked for when you save a copy of the wallet. If you forget it, your recovery words still bring the wallet back.</source>
        <translation>Este computador não tem chaveiro, então a carteira fica guardada num arquivo trancado com senha. Escolha uma senha de pelo menos %1 caracteres: ela será pedida quando você salvar uma cópia da carteira. Se você esquecê-la, suas palavras de recuperação ainda trazem a carteira de volta.</translation>
    </message>
    <message>
        <source>The copy is locked with the password of your wallet. Type it:</source>
        <translation>A cópia é trancada com a senha da sua carteira. Digite-a:</translation>
    </message>
    <message>
        <source>Choose a password for the copy (at least %1 characters); it is needed to open the copy:</source>
        <translation>Escolha uma senha para a cópia (pelo menos %1 caracteres); ela é necessária para abrir a cópia:</translation>
    </message>
    <message>
        <source>Your wallet&apos;s password</source>
        <translation>Senha da sua carteira</translation>
    </message>
    <message>
        <source>A new password</source>
        <translation>Uma nova senha</translation>
    </message>
    <message>
        <source>Word %1 is not the word that was shown.</source>
        <translation>A palavra %1 não é a palavra que foi mostrada.</translation>
    </message>
    <message>
        <source>Words %1 are not the words that were shown.</source>
        <translation>As palavras %1 não são as palavras que foram mostradas.</translation>
    </message>
    <message>
        <source>Look at your paper and type again. Nothing has been saved. If you did not write the words down, press Cancel and start again for new words.</source>
        <translation>Olhe seu papel e digite de novo. Nada foi salvo. Se você não anotou as palavras, clique em Cancelar e comece de novo para receber palavras novas.</translation>
    </message>
    <message>
        <source>A copy of your wallet is saved</source>
        <translation>Uma cópia da sua carteira foi salva</translation>
    </message>
    <message>
        <source>The copy holds the key of this address:</source>
        <translation>A cópia guarda a chave deste endereço:</translation>
    </message>
    <message>
        <source>The copy is in %1, locked with %2. To use the wallet elsewhere, open that file in MetaMask or another wallet (&quot;import a JSON file&quot;).</source>
        <translation>A cópia está em %1, trancada com %2. Para usar a carteira em outro lugar, abra esse arquivo no MetaMask ou em outra carteira (&quot;importar um arquivo JSON&quot;).</translation>
    </message>
    <message>
        <source>your wallet&apos;s password</source>
        <translation>a senha da sua carteira</translation>
    </message>
    <message>
        <source>the password you just chose</source>
        <translation>a senha que você acabou de escolher</translation>
    </message>
    <message>
        <source>Your wallet is ready</source>
        <translation>Sua carteira está pronta</translation>
    </message>
    <message>
        <source>Its key is kept in %1.</source>
        <translation>A chave dela fica guardada %1.</translation>
    </message>
    <message>
        <source>Keep your paper with the 12 words safe: it is the only way back to this wallet.</source>
        <translation>Guarde bem o seu papel com as 12 palavras: ele é o único jeito de voltar a esta carteira.</translation>
    </message>
    <message>
        <source>Until now payouts went to %1; what was paid there stays there.</source>
        <translation>Até agora os pagamentos iam para %1; o que foi pago lá continua lá.</translation>
    </message>
    <message>
        <source>Payouts now go to this address:</source>
        <translation>Agora os pagamentos vão para este endereço:</translation>
    </message>
</context>
<context>
    <name>sc::ui::WalletPage</name>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
</context>
<context>
    <name>sc::ui::WordGrid</name>
    <message>
        <source>Recovery words</source>
        <translation>Palavras de recuperação</translation>
    </message>
    <message>
        <source>Word %1</source>
        <translation>Palavra %1</translation>
    </message>
</context>
</TS>
