<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>DataFolder</name>
    <message>
        <source>Cannot create the data folder %1. Check that it is writable.</source>
        <translation>No se puede crear la carpeta de datos %1. Comprueba que se pueda escribir en ella.</translation>
    </message>
    <message>
        <source>Another SpareCycles engine (process %1) is already using %2.</source>
        <translation>Otro motor de SpareCycles (proceso %1) ya está usando %2.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space and start SpareCycles again.</source>
        <translation>El disco donde está %1 está lleno. Libera espacio y vuelve a iniciar SpareCycles.</translation>
    </message>
    <message>
        <source>Cannot write to the data folder %1. Check that it is writable and the disk is not full.</source>
        <translation>No se puede escribir en la carpeta de datos %1. Comprueba que se pueda escribir en ella y que el disco no esté lleno.</translation>
    </message>
</context>
<context>
    <name>DeviceIdentity</name>
    <message numerus="yes">
        <source>%1 of credit not yet paid out and %n unfinished tasks belong to this computer under that key.</source>
        <translation>
            <numerusform>%1 de crédito aún sin pagar y %n tarea sin terminar pertenecen a este equipo con esa clave.</numerusform>
            <numerusform>%1 de crédito aún sin pagar y %n tareas sin terminar pertenecen a este equipo con esa clave.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of credit not yet paid out belongs to this computer under that key.</source>
        <translation>%1 de crédito aún sin pagar pertenece a este equipo con esa clave.</translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished tasks belong to this computer under that key.</source>
        <translation>
            <numerusform>%n tarea sin terminar pertenece a este equipo con esa clave.</numerusform>
            <numerusform>%n tareas sin terminar pertenecen a este equipo con esa clave.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer is now a new device on the network, with a new key. %n tasks of the old identity were dropped.</source>
        <translation>
            <numerusform>Este equipo es ahora un dispositivo nuevo en la red, con una clave nueva. Se descartó %n tarea de la identidad anterior.</numerusform>
            <numerusform>Este equipo es ahora un dispositivo nuevo en la red, con una clave nueva. Se descartaron %n tareas de la identidad anterior.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot record the device&apos;s identity in %1. Check that the disk is not full.</source>
        <translation>No se puede guardar la identidad del dispositivo en %1. Comprueba que el disco no esté lleno.</translation>
    </message>
    <message>
        <source>The backup copy of the device key could not be written (%1).</source>
        <translation>No se pudo escribir la copia de seguridad de la clave del dispositivo (%1).</translation>
    </message>
    <message>
        <source>Cannot write the device key in %1. Check that the disk is not full.</source>
        <translation>No se puede escribir la clave del dispositivo en %1. Comprueba que el disco no esté lleno.</translation>
    </message>
    <message>
        <source>The key in %1 is not the one this computer joined the network with: the file was replaced.</source>
        <translation>La clave de %1 no es con la que este equipo se unió a la red: el archivo fue reemplazado.</translation>
    </message>
    <message>
        <source>The device key was damaged; it was restored from its backup copy, and this computer keeps its identity on the network.</source>
        <translation>La clave del dispositivo estaba dañada; se restauró desde su copia de seguridad y este equipo conserva su identidad en la red.</translation>
    </message>
    <message>
        <source>The device key was missing; it was restored from its backup copy, and this computer keeps its identity on the network.</source>
        <translation>Faltaba la clave del dispositivo; se restauró desde su copia de seguridad y este equipo conserva su identidad en la red.</translation>
    </message>
    <message>
        <source>The device key was restored from the system keychain, and this computer keeps its identity on the network.</source>
        <translation>La clave del dispositivo se restauró desde el llavero del sistema y este equipo conserva su identidad en la red.</translation>
    </message>
    <message>
        <source>Cannot make a device key.</source>
        <translation>No se puede crear una clave de dispositivo.</translation>
    </message>
    <message>
        <source>The key that identifies this computer on the network (%1) is damaged, and no backup copy was found.</source>
        <translation>La clave que identifica a este equipo en la red (%1) está dañada y no se encontró ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>The key that identifies this computer on the network is missing from %1, and no backup copy was found.</source>
        <translation>Falta en %1 la clave que identifica a este equipo en la red y no se encontró ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 is not a SpareCycles device key (or it is damaged).</source>
        <translation>%1 no es una clave de dispositivo de SpareCycles (o está dañada).</translation>
    </message>
    <message>
        <source>%1 is a device key, but not this computer&apos;s: it belongs to another device.</source>
        <translation>%1 es una clave de dispositivo, pero no la de este equipo: pertenece a otro dispositivo.</translation>
    </message>
    <message>
        <source>Cannot record the device&apos;s identity in %1.</source>
        <translation>No se puede guardar la identidad del dispositivo en %1.</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name.</source>
        <translation>%1 ya existe; elige un nombre de archivo nuevo.</translation>
    </message>
    <message>
        <source>This computer&apos;s device key cannot be read: %1</source>
        <translation>No se puede leer la clave de dispositivo de este equipo: %1</translation>
    </message>
</context>
<context>
    <name>EvmAddress</name>
    <message>
        <source>This is an example address from a guide, not your wallet&apos;s: payouts sent to it would be lost. Copy the address from your own wallet app.</source>
        <translation>Esta es una dirección de ejemplo de una guía, no la de tu billetera: los pagos enviados a ella se perderían. Copia la dirección desde tu propia app de billetera.</translation>
    </message>
    <message>
        <source>An address starts with 0x followed by 40 characters 0–9 and a–f.</source>
        <translation>Una dirección empieza por 0x seguido de 40 caracteres 0–9 y a–f.</translation>
    </message>
    <message>
        <source>The capital letters do not match the address&apos;s checksum: there is probably a typo. Copy the address again from your wallet.</source>
        <translation>Las mayúsculas no coinciden con la suma de verificación de la dirección: probablemente hay un error al escribirla. Vuelve a copiar la dirección desde tu billetera.</translation>
    </message>
</context>
<context>
    <name>FileWalletStore</name>
    <message>
        <source>the password-protected file %1</source>
        <translation>el archivo protegido con contraseña %1</translation>
    </message>
    <message>
        <source>The wallet file needs a password.</source>
        <translation>El archivo de la billetera necesita una contraseña.</translation>
    </message>
    <message>
        <source>There is a wallet file already: %1. It is never replaced.</source>
        <translation>Ya hay un archivo de billetera: %1. Nunca se reemplaza.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write the wallet file in %1: %2.</source>
        <translation>No se puede escribir el archivo de la billetera en %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write the wallet file %1: %2.</source>
        <translation>No se puede escribir el archivo de la billetera %1: %2.</translation>
    </message>
    <message>
        <source>There is no wallet file %1.</source>
        <translation>No existe el archivo de billetera %1.</translation>
    </message>
    <message>
        <source>Cannot open the wallet file %1: %2.</source>
        <translation>No se puede abrir el archivo de la billetera %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 no es un archivo normal.</translation>
    </message>
    <message>
        <source>The wallet file %1 may be read by other users of this computer; make it yours alone (chmod 600 %1) and try again.</source>
        <translation>Otros usuarios de este equipo pueden leer el archivo de la billetera %1; haz que sea solo tuyo (chmod 600 %1) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Cannot read the wallet file %1: %2.</source>
        <translation>No se puede leer el archivo de la billetera %1: %2.</translation>
    </message>
    <message>
        <source>Wrong password for the wallet file.</source>
        <translation>Contraseña incorrecta para el archivo de la billetera.</translation>
    </message>
    <message>
        <source>The wallet file %1 cannot be read: %2</source>
        <translation>El archivo de la billetera %1 no se puede leer: %2</translation>
    </message>
</context>
<context>
    <name>HdKey</name>
    <message>
        <source>A wallet seed is 16 to 64 bytes.</source>
        <translation>Una semilla de billetera tiene de 16 a 64 bytes.</translation>
    </message>
    <message>
        <source>The key could not be derived (OpenSSL failed).</source>
        <translation>No se pudo derivar la clave (falló OpenSSL).</translation>
    </message>
    <message>
        <source>This seed gives no valid master key; use another one.</source>
        <translation>Esta semilla no da una clave maestra válida; usa otra.</translation>
    </message>
    <message>
        <source>A key path has at most %1 levels.</source>
        <translation>Una ruta de clave tiene como máximo %1 niveles.</translation>
    </message>
    <message>
        <source>The key could not be derived (secp256k1 failed).</source>
        <translation>No se pudo derivar la clave (falló secp256k1).</translation>
    </message>
    <message>
        <source>Key index %1 is invalid for this key (a 1 in 2^127 case); use the next one.</source>
        <translation>El índice de clave %1 no es válido para esta clave (un caso entre 2^127); usa el siguiente.</translation>
    </message>
    <message>
        <source>A key path starts with &quot;m&quot;, as in %1.</source>
        <translation>Una ruta de clave empieza por “m”, como en %1.</translation>
    </message>
    <message>
        <source>Level %1 of the key path, &quot;%2&quot;, is not a number from 0 to 2147483647 (followed by &apos; for a hardened level).</source>
        <translation>El nivel %1 de la ruta de clave, “%2”, no es un número de 0 a 2147483647 (seguido de &apos; para un nivel reforzado).</translation>
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
        <translation>La identidad de este equipo en la red necesita tu decisión</translation>
    </message>
    <message>
        <source>If you saved a copy of the key, put it back to keep everything. Or start as a new device: it starts with no tasks and no credit, and what belongs to the old identity is lost.</source>
        <translation>Si guardaste una copia de la clave, vuelve a ponerla para conservarlo todo. O empieza como dispositivo nuevo: no tendrá tareas ni crédito, y lo que pertenece a la identidad anterior se perderá.</translation>
    </message>
    <message>
        <source>Put a saved copy back…</source>
        <translation>Restaurar una copia guardada…</translation>
    </message>
    <message>
        <source>Start as a new device</source>
        <translation>Empezar como dispositivo nuevo</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>The saved copy of the device key</source>
        <translation>La copia guardada de la clave del dispositivo</translation>
    </message>
    <message>
        <source>Device key (*.pem);;All files (*)</source>
        <translation>Clave de dispositivo (*.pem);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>KeychainWalletStore</name>
    <message numerus="yes">
        <source>The system keychain did not answer within %n seconds.</source>
        <translation>
            <numerusform>El llavero del sistema no respondió en %n segundo.</numerusform>
            <numerusform>El llavero del sistema no respondió en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>No system keychain (such as GNOME Keyring or KWallet) is running.</source>
        <translation>No hay ningún llavero del sistema en marcha (como GNOME Keyring o KWallet).</translation>
    </message>
    <message>
        <source>No system keychain (such as GNOME Keyring or KWallet) is running (%1).</source>
        <translation>No hay ningún llavero del sistema en marcha (como GNOME Keyring o KWallet) (%1).</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>el llavero del sistema</translation>
    </message>
    <message>
        <source>The system keychain holds a wallet for this data folder already.</source>
        <translation>El llavero del sistema ya guarda una billetera para esta carpeta de datos.</translation>
    </message>
    <message>
        <source>The system keychain holds no wallet for this data folder.</source>
        <translation>El llavero del sistema no guarda ninguna billetera para esta carpeta de datos.</translation>
    </message>
    <message>
        <source>The wallet key in the system keychain is damaged.</source>
        <translation>La clave de la billetera en el llavero del sistema está dañada.</translation>
    </message>
    <message>
        <source>The system keychain holds no such entry.</source>
        <translation>El llavero del sistema no tiene esa entrada.</translation>
    </message>
</context>
<context>
    <name>Keystore</name>
    <message>
        <source>These scrypt settings are out of range.</source>
        <translation>Estos ajustes de scrypt están fuera del rango permitido.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>Falló el generador de números aleatorios del sistema.</translation>
    </message>
    <message>
        <source>The key could not be encrypted (OpenSSL failed).</source>
        <translation>No se pudo cifrar la clave (falló OpenSSL).</translation>
    </message>
    <message>
        <source>This is not a keystore file (it is far too large).</source>
        <translation>Esto no es un archivo keystore (es demasiado grande).</translation>
    </message>
    <message>
        <source>This is not a keystore file (it is not JSON).</source>
        <translation>Esto no es un archivo keystore (no es JSON).</translation>
    </message>
    <message>
        <source>Only version 3 keystore files can be read.</source>
        <translation>Solo se pueden leer archivos keystore de la versión 3.</translation>
    </message>
    <message>
        <source>The keystore file has no &quot;crypto&quot; section.</source>
        <translation>El archivo keystore no tiene una sección “crypto”.</translation>
    </message>
    <message>
        <source>The keystore file uses the cipher &quot;%1&quot;; only aes-128-ctr is supported.</source>
        <translation>El archivo keystore usa el cifrado “%1”; solo se admite aes-128-ctr.</translation>
    </message>
    <message>
        <source>The keystore file is damaged (its iv, ciphertext or mac is missing or not hex of the right length).</source>
        <translation>El archivo keystore está dañado (falta su iv, ciphertext o mac, o no es hex de la longitud correcta).</translation>
    </message>
    <message>
        <source>The keystore file does not hold an Ethereum private key.</source>
        <translation>El archivo keystore no contiene una clave privada de Ethereum.</translation>
    </message>
    <message>
        <source>The keystore file uses the key derivation &quot;%1&quot;; only scrypt and pbkdf2 are supported.</source>
        <translation>El archivo keystore usa la derivación de clave “%1”; solo se admiten scrypt y pbkdf2.</translation>
    </message>
    <message>
        <source>The keystore file is damaged (its salt or dklen is missing or wrong).</source>
        <translation>El archivo keystore está dañado (su salt o dklen falta o es incorrecto).</translation>
    </message>
    <message>
        <source>The keystore file is damaged (scrypt needs n, a power of two, and r and p).</source>
        <translation>El archivo keystore está dañado (scrypt necesita n, una potencia de dos, y r y p).</translation>
    </message>
    <message>
        <source>The keystore file asks for more work than allowed to unlock it (scrypt n=%1 r=%2 p=%3; at most n=%4 and 1 GiB of memory).</source>
        <translation>El archivo keystore pide más trabajo del permitido para desbloquearlo (scrypt n=%1 r=%2 p=%3; como máximo n=%4 y 1 GiB de memoria).</translation>
    </message>
    <message>
        <source>The key could not be derived (OpenSSL failed).</source>
        <translation>No se pudo derivar la clave (falló OpenSSL).</translation>
    </message>
    <message>
        <source>The keystore file uses pbkdf2 with &quot;%1&quot;; only hmac-sha256 is supported.</source>
        <translation>El archivo keystore usa pbkdf2 con “%1”; solo se admite hmac-sha256.</translation>
    </message>
    <message>
        <source>The keystore file is damaged (pbkdf2 needs c).</source>
        <translation>El archivo keystore está dañado (pbkdf2 necesita c).</translation>
    </message>
    <message>
        <source>The keystore file asks for more work than allowed to unlock it (pbkdf2 c=%1; at most %2).</source>
        <translation>El archivo keystore pide más trabajo del permitido para desbloquearlo (pbkdf2 c=%1; como máximo %2).</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Contraseña incorrecta.</translation>
    </message>
    <message>
        <source>The key could not be decrypted (OpenSSL failed).</source>
        <translation>No se pudo descifrar la clave (falló OpenSSL).</translation>
    </message>
    <message>
        <source>The keystore file does not hold a valid Ethereum private key.</source>
        <translation>El archivo keystore no contiene una clave privada de Ethereum válida.</translation>
    </message>
    <message>
        <source>The keystore file names the address %1 but holds the key of %2: it has been altered.</source>
        <translation>El archivo keystore indica la dirección %1, pero contiene la clave de %2: ha sido modificado.</translation>
    </message>
</context>
<context>
    <name>Mnemonic</name>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>Falló el generador de números aleatorios del sistema.</translation>
    </message>
    <message>
        <source>The built-in word list is damaged.</source>
        <translation>La lista de palabras integrada está dañada.</translation>
    </message>
    <message numerus="yes">
        <source>A recovery phrase has 12, 15, 18, 21 or 24 words; this one has %n words.</source>
        <translation>
            <numerusform>Una frase de recuperación tiene 12, 15, 18, 21 o 24 palabras; esta tiene %n palabra.</numerusform>
            <numerusform>Una frase de recuperación tiene 12, 15, 18, 21 o 24 palabras; esta tiene %n palabras.</numerusform>
        </translation>
    </message>
    <message>
        <source>Word %1 has a character that no English recovery word has (only the letters a to z are used).</source>
        <translation>La palabra %1 tiene un carácter que no aparece en ninguna palabra de recuperación en inglés (solo se usan las letras de la a a la z).</translation>
    </message>
    <message>
        <source>Word %1, &quot;%2&quot;, is not one of the 2048 English recovery words. Check its spelling.</source>
        <translation>La palabra %1, “%2”, no es una de las 2048 palabras de recuperación en inglés. Revisa cómo está escrita.</translation>
    </message>
    <message>
        <source>Every word is a recovery word, but together they do not check out: a word is probably wrong or in the wrong place.</source>
        <translation>Todas son palabras de recuperación, pero juntas no cuadran: probablemente una palabra es incorrecta o está en el lugar equivocado.</translation>
    </message>
    <message>
        <source>The passphrase may only use plain ASCII characters (letters a to z, digits, punctuation).</source>
        <translation>La frase de contraseña solo puede usar caracteres ASCII simples (letras de la a a la z, cifras, signos de puntuación).</translation>
    </message>
    <message>
        <source>The recovery phrase could not be turned into a key (OpenSSL failed).</source>
        <translation>No se pudo convertir la frase de recuperación en una clave (falló OpenSSL).</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>Running %1 % of the time, as set in Settings (CPU share)</source>
        <translation>Funcionando el %1 % del tiempo, según los Ajustes (uso de CPU)</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Funcionando</translation>
    </message>
    <message>
        <source>Running at %1 % while you use the computer</source>
        <translation>Funcionando al %1 % mientras usas el equipo</translation>
    </message>
    <message>
        <source>Paused by you until you resume</source>
        <translation>Pausado por ti hasta que lo reanudes</translation>
    </message>
    <message>
        <source>Paused by you until %1</source>
        <translation>Pausado por ti hasta %1</translation>
    </message>
    <message>
        <source>Suspended: running on battery</source>
        <translation>Suspendido: funcionando con batería</translation>
    </message>
    <message>
        <source>Suspended: battery at %1 %, below %2 %</source>
        <translation>Suspendido: batería al %1 %, por debajo del %2 %</translation>
    </message>
    <message>
        <source>Suspended: outside the hours you allowed</source>
        <translation>Suspendido: fuera de las horas que permitiste</translation>
    </message>
    <message>
        <source>Suspended: %1 is running</source>
        <translation>Suspendido: %1 está en marcha</translation>
    </message>
    <message numerus="yes">
        <source>Waiting until the computer has been idle for %n minutes</source>
        <translation>
            <numerusform>Esperando a que el equipo lleve %n minuto inactivo</numerusform>
            <numerusform>Esperando a que el equipo lleve %n minutos inactivo</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting: this computer does not say when you are away from it. To run anyway, choose to run always in Settings, under “When to run”.</source>
        <translation>Esperando: este equipo no indica cuándo no lo estás usando. Para trabajar de todos modos, elige en Ajustes, en “Cuándo trabajar”, una de las opciones “Siempre”.</translation>
    </message>
    <message>
        <source>Suspended: other programs use %1 % of the CPU (limit %2 %)</source>
        <translation>Suspendido: otros programas usan el %1 % de la CPU (límite %2 %)</translation>
    </message>
    <message>
        <source>Suspended: tasks use more than %1 % of memory</source>
        <translation>Suspendido: las tareas usan más del %1 % de la memoria</translation>
    </message>
    <message>
        <source>Suspended: only %1 free on the disk holding %2; tasks pause while less than %3 is free (Settings). Free some space and they resume.</source>
        <translation>Suspendido: solo quedan %1 libres en el disco donde está %2; las tareas se pausan mientras haya menos de %3 libres (Ajustes). Libera espacio y seguirán.</translation>
    </message>
</context>
<context>
    <name>Secp256k1Key</name>
    <message>
        <source>A private key is 32 bytes.</source>
        <translation>Una clave privada tiene 32 bytes.</translation>
    </message>
    <message>
        <source>Cannot set up secp256k1 (out of memory or no random numbers).</source>
        <translation>No se puede preparar secp256k1 (sin memoria o sin números aleatorios).</translation>
    </message>
    <message>
        <source>Not a valid secp256k1 private key (zero, or not below the curve order).</source>
        <translation>No es una clave privada secp256k1 válida (es cero o no es menor que el orden de la curva).</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>Falló el generador de números aleatorios del sistema.</translation>
    </message>
    <message>
        <source>Cannot open the key file %1: %2.</source>
        <translation>No se puede abrir el archivo de clave %1: %2.</translation>
    </message>
    <message>
        <source>The key file %1 is not a regular file.</source>
        <translation>El archivo de clave %1 no es un archivo normal.</translation>
    </message>
    <message>
        <source>The key file %1 can be read by other users (mode %2); allow only its owner with: chmod 600 %1</source>
        <translation>Otros usuarios pueden leer el archivo de clave %1 (modo %2); deja el acceso solo a su propietario con: chmod 600 %1</translation>
    </message>
    <message>
        <source>Cannot read the key file %1.</source>
        <translation>No se puede leer el archivo de clave %1.</translation>
    </message>
    <message>
        <source>The key file %1 must hold exactly 64 hexadecimal digits (0-9, a-f) and a newline.</source>
        <translation>El archivo de clave %1 debe contener exactamente 64 dígitos hexadecimales (0-9, a-f) y un salto de línea.</translation>
    </message>
    <message>
        <source>The key file %1 does not hold a usable key: %2</source>
        <translation>El archivo de clave %1 no contiene una clave utilizable: %2</translation>
    </message>
    <message>
        <source>The key file %1 already exists; it is left as it is.</source>
        <translation>El archivo de clave %1 ya existe; se deja como está.</translation>
    </message>
    <message>
        <source>Cannot create the key file %1: %2.</source>
        <translation>No se puede crear el archivo de clave %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write the key file %1 (disk full?).</source>
        <translation>No se puede escribir el archivo de clave %1 (¿disco lleno?).</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Run tasks even while you use the computer (at idle priority).</source>
        <translation>Ejecutar tareas incluso mientras usas el equipo (con prioridad mínima).</translation>
    </message>
    <message>
        <source>Minutes without keyboard or mouse input before tasks start.</source>
        <translation>Minutos sin tocar el teclado ni el ratón antes de que empiecen las tareas.</translation>
    </message>
    <message>
        <source>While you use the computer: suspend CPU tasks, or keep them at a reduced share.</source>
        <translation>Mientras usas el equipo: suspender las tareas de CPU (suspend) o dejarlas seguir con un uso reducido (reduced).</translation>
    </message>
    <message>
        <source>CPU time share (%) for tasks while you use the computer, with &apos;reduced&apos;.</source>
        <translation>Porcentaje de tiempo de CPU (%) para las tareas mientras usas el equipo, con &apos;reduced&apos;.</translation>
    </message>
    <message>
        <source>Keep GPU tasks running while you use the computer.</source>
        <translation>Mantener las tareas de GPU en marcha mientras usas el equipo.</translation>
    </message>
    <message>
        <source>CPU time share (%) each task may use while it runs.</source>
        <translation>Porcentaje de tiempo de CPU (%) que puede usar cada tarea mientras se ejecuta.</translation>
    </message>
    <message>
        <source>Share (%) of the processor&apos;s cores tasks may use.</source>
        <translation>Porcentaje (%) de los núcleos del procesador que pueden usar las tareas.</translation>
    </message>
    <message>
        <source>Memory (% of RAM) tasks may use while you use the computer.</source>
        <translation>Memoria (% de la RAM) que pueden usar las tareas mientras usas el equipo.</translation>
    </message>
    <message>
        <source>Memory (% of RAM) tasks may use while the computer is idle.</source>
        <translation>Memoria (% de la RAM) que pueden usar las tareas mientras el equipo está inactivo.</translation>
    </message>
    <message>
        <source>Tasks pause while the disk holding SpareCycles&apos; folder has less than this much space free (GB).</source>
        <translation>Las tareas se pausan mientras el disco con la carpeta de SpareCycles tenga menos espacio libre que este (GB).</translation>
    </message>
    <message>
        <source>Disk space (GB) tasks may use at most, all together.</source>
        <translation>Espacio en disco (GB) que pueden usar como máximo todas las tareas juntas.</translation>
    </message>
    <message>
        <source>Where this computer cannot shut tasks in a sandbox, run them anyway. They can then read your files. Not recommended.</source>
        <translation>Si este equipo no puede aislar las tareas, ejecutarlas de todos modos. Entonces podrán leer tus archivos. No recomendado.</translation>
    </message>
    <message>
        <source>Suspend when other programs use more than this % of the CPU (0 = never).</source>
        <translation>Suspender cuando otros programas usen más de este % de la CPU (0 = nunca).</translation>
    </message>
    <message>
        <source>Seconds other programs&apos; load must last before tasks are suspended.</source>
        <translation>Segundos que debe durar la carga de otros programas antes de suspender las tareas.</translation>
    </message>
    <message>
        <source>Once suspended for other programs&apos; load, stay suspended at least this long.</source>
        <translation>Una vez suspendidas por la carga de otros programas, seguir suspendidas al menos este tiempo.</translation>
    </message>
    <message>
        <source>Pause while any of these programs runs (comma-separated names, e.g. a game).</source>
        <translation>Pausar mientras se ejecute alguno de estos programas (nombres separados por comas, p. ej. un juego).</translation>
    </message>
    <message>
        <source>On battery: suspend, run only above battery_min_percent, or run.</source>
        <translation>Con batería: suspender (suspend), funcionar solo por encima de battery_min_percent (below) o funcionar (run).</translation>
    </message>
    <message>
        <source>With on_battery=below: run on battery only above this charge (%).</source>
        <translation>Con on_battery=below: funcionar con batería solo por encima de esta carga (%).</translation>
    </message>
    <message>
        <source>When tasks may run: &apos;always&apos;, or days and hours like &apos;mon-fri 18-8, sat-sun 0-24&apos;.</source>
        <translation>Cuándo pueden ejecutarse las tareas: &apos;always&apos;, o días y horas como &apos;mon-fri 18-8, sat-sun 0-24&apos;.</translation>
    </message>
    <message>
        <source>CPU temperature (°C) to hold; tasks slow down before it and stop above it.</source>
        <translation>Temperatura de CPU (°C) que respetar; las tareas van más despacio al acercarse a ella y se detienen por encima.</translation>
    </message>
    <message>
        <source>GPU temperature (°C) to hold.</source>
        <translation>Temperatura de GPU (°C) que respetar.</translation>
    </message>
    <message>
        <source>Notify me when the network has been unreachable for half an hour.</source>
        <translation>Avisarme cuando no se haya podido contactar con la red durante media hora.</translation>
    </message>
    <message>
        <source>Notify me when a task fails again and again.</source>
        <translation>Avisarme cuando una tarea falle una y otra vez.</translation>
    </message>
    <message>
        <source>Notify me when tasks stop because the processor got too hot.</source>
        <translation>Avisarme cuando las tareas se detengan porque el procesador se calentó demasiado.</translation>
    </message>
    <message>
        <source>Notify me when a payout arrives.</source>
        <translation>Avisarme cuando llegue un pago.</translation>
    </message>
    <message>
        <source>Network: &apos;local&apos; for the demo network on this computer, or a hub address such as https://hub.example.org. The app moves to it at once; tasks of the old network are dropped.</source>
        <translation>Red: &apos;local&apos; para la red de demostración en este equipo, o una dirección de hub como https://hub.example.org. La app se cambia a ella al momento; las tareas de la red anterior se descartan.</translation>
    </message>
    <message>
        <source>EVM address (0x…) that receives payouts; empty = decide later.</source>
        <translation>Dirección EVM (0x…) que recibe los pagos; vacía = decidir más tarde.</translation>
    </message>
    <message>
        <source>Address of a blockchain node to read your wallet balance from, such as https://rpc.example.org; empty = the one your network suggests.</source>
        <translation>Dirección de un nodo de blockchain del que leer el saldo de tu billetera, como https://rpc.example.org; vacía = el que sugiere tu red.</translation>
    </message>
    <message>
        <source>Language of the app: system, en, de, fr, es, pt_BR, ru, ja or zh_CN.</source>
        <translation>Idioma de la app: system, en, de, fr, es, pt_BR, ru, ja o zh_CN.</translation>
    </message>
    <message>
        <source>Colour of the panel the tray icon sits on, so the icon stays visible: auto (GNOME&apos;s top bar is dark; elsewhere the app&apos;s colours), light or dark.</source>
        <translation>Color del panel donde está el icono de la bandeja, para que el icono se siga viendo: auto (la barra superior de GNOME es oscura; en otros casos, los colores de la app), light o dark.</translation>
    </message>
    <message>
        <source>Start SpareCycles in the tray when you log in.</source>
        <translation>Iniciar SpareCycles en la bandeja del sistema al iniciar sesión.</translation>
    </message>
    <message>
        <source>Paused by you until this time (Unix seconds); 0 = not paused.</source>
        <translation>Pausado por ti hasta este momento (segundos Unix); 0 = sin pausa.</translation>
    </message>
    <message>
        <source>&apos;Run now&apos;: ignore idle time until this time (Unix seconds).</source>
        <translation>“Trabajar ahora”: ignorar el tiempo de inactividad hasta este momento (segundos Unix).</translation>
    </message>
    <message>
        <source>Let tasks use the graphics card, where it can run them.</source>
        <translation>Permitir que las tareas usen la tarjeta gráfica, cuando pueda ejecutarlas.</translation>
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
        <translation>Funcionando</translation>
    </message>
    <message>
        <source>Running slower</source>
        <translation>Funcionando más despacio</translation>
    </message>
    <message>
        <source>Waiting for work</source>
        <translation>Esperando tareas</translation>
    </message>
    <message>
        <source>Waiting until you are away</source>
        <translation>Esperando a que no uses el equipo</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Paused by you</source>
        <translation>Pausado por ti</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Stopped by an error</source>
        <translation>Detenido por un error</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Deteniendo</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Waiting for other programs</source>
        <translation>Esperando a otros programas</translation>
    </message>
</context>
<context>
    <name>StatusFile</name>
    <message>
        <source>%1 does not exist; no engine has used it yet.</source>
        <translation>%1 no existe; ningún motor lo ha usado todavía.</translation>
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
        <translation>Contando números primos en %1–%2 × 10%3</translation>
    </message>
    <message>
        <source>Computing a task for %1</source>
        <translation>Calculando una tarea para %1</translation>
    </message>
    <message>
        <source>the demo network</source>
        <translation>la red de demostración</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>queda menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>queda aprox. %n min</numerusform>
            <numerusform>quedan aprox. %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hours left</source>
        <translation>
            <numerusform>queda aprox. %n hora</numerusform>
            <numerusform>quedan aprox. %n horas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Uint256</name>
    <message>
        <source>An amount is written with the digits 0–9 and at most one decimal point, like 12 or 1.5.</source>
        <translation>Un importe se escribe con las cifras 0–9 y como mucho un punto decimal, como 12 o 1.5.</translation>
    </message>
    <message>
        <source>This token has %1 decimal places; the amount has more.</source>
        <translation>Este token tiene %1 decimales; el importe tiene más.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>El importe es demasiado grande.</translation>
    </message>
</context>
<context>
    <name>WalletKeeper</name>
    <message>
        <source>%1 Nothing was saved. Close this window and open it again: if the keychain still does not answer, the wallet is kept in a password-protected file instead.</source>
        <translation>%1 No se guardó nada. Cierra esta ventana y vuelve a abrirla: si el llavero sigue sin responder, la billetera se guardará en un archivo protegido con contraseña.</translation>
    </message>
    <message>
        <source>%1 Nothing was saved. Check that the disk is not full and try again.</source>
        <translation>%1 No se guardó nada. Comprueba que el disco no esté lleno y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 Nothing was saved.</source>
        <translation>%1 No se guardó nada.</translation>
    </message>
    <message>
        <source>The password is shorter than %1 characters. Choose a longer one.</source>
        <translation>La contraseña tiene menos de %1 caracteres. Elige una más larga.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the same password in both fields.</source>
        <translation>Las dos contraseñas no son iguales. Escribe la misma contraseña en los dos campos.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>No se guardó nada.</translation>
    </message>
    <message>
        <source>Choose the wallet file first.</source>
        <translation>Primero elige el archivo de la billetera.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Choose another file.</source>
        <translation>No se puede leer %1: %2. Elige otro archivo.</translation>
    </message>
    <message>
        <source>Unlocking the wallet file… (a few seconds)</source>
        <translation>Desbloqueando el archivo de la billetera… (unos segundos)</translation>
    </message>
    <message>
        <source>That is not the password of this file. Type it again; capital letters count.</source>
        <translation>Esa no es la contraseña de este archivo. Vuelve a escribirla; las mayúsculas cuentan.</translation>
    </message>
    <message>
        <source>This file cannot be used: %1 Choose the wallet file itself (it usually ends in .json).</source>
        <translation>Este archivo no se puede usar: %1 Elige el archivo de la billetera en sí (suele terminar en .json).</translation>
    </message>
    <message>
        <source>The wallet&apos;s key could not be made (%1). Nothing was saved.</source>
        <translation>No se pudo crear la clave de la billetera (%1). No se guardó nada.</translation>
    </message>
    <message>
        <source>Locking the wallet file with your password… (a few seconds)</source>
        <translation>Bloqueando el archivo de la billetera con tu contraseña… (unos segundos)</translation>
    </message>
    <message>
        <source>Saving the wallet in the system keychain…</source>
        <translation>Guardando la billetera en el llavero del sistema…</translation>
    </message>
    <message>
        <source>The wallet was saved, but the payout address could not be set: %1</source>
        <translation>La billetera se guardó, pero no se pudo establecer la dirección de pago: %1</translation>
    </message>
    <message>
        <source>Choose where to save the copy first.</source>
        <translation>Primero elige dónde guardar la copia.</translation>
    </message>
    <message>
        <source>%1 exists already. Choose another file name: an existing file is never replaced.</source>
        <translation>%1 ya existe. Elige otro nombre de archivo: un archivo existente nunca se reemplaza.</translation>
    </message>
    <message>
        <source>Type your wallet&apos;s password.</source>
        <translation>Escribe la contraseña de tu billetera.</translation>
    </message>
    <message>
        <source>Unlocking your wallet file… (a few seconds)</source>
        <translation>Desbloqueando tu archivo de billetera… (unos segundos)</translation>
    </message>
    <message>
        <source>Asking the system keychain…</source>
        <translation>Consultando el llavero del sistema…</translation>
    </message>
    <message>
        <source>That is not your wallet&apos;s password. Type it again; capital letters count.</source>
        <translation>Esa no es la contraseña de tu billetera. Vuelve a escribirla; las mayúsculas cuentan.</translation>
    </message>
    <message>
        <source>Locking the copy with the password… (a few seconds)</source>
        <translation>Bloqueando la copia con la contraseña… (unos segundos)</translation>
    </message>
    <message>
        <source>Cannot save %1: %2. Choose another folder, or check that the disk is not full.</source>
        <translation>No se puede guardar %1: %2. Elige otra carpeta o comprueba que el disco no esté lleno.</translation>
    </message>
</context>
<context>
    <name>WalletStoreChooser</name>
    <message>
        <source>Your wallet is in %1.</source>
        <translation>Tu billetera está en %1.</translation>
    </message>
    <message>
        <source>No system keychain is available.</source>
        <translation>No hay ningún llavero del sistema disponible.</translation>
    </message>
    <message>
        <source>%1 The wallet is kept in %2 instead.</source>
        <translation>%1 En su lugar, la billetera se guarda en %2.</translation>
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
        <translation>No se puede crear la carpeta de datos %1.</translation>
    </message>
    <message>
        <source>SpareCycles could not move to the network %1: %2

It stays on the network it used before.</source>
        <translation>SpareCycles no pudo cambiarse a la red %1: %2

Sigue en la red que usaba antes.</translation>
    </message>
    <message>
        <source>Lends this computer&apos;s idle time to a compute network.</source>
        <translation>Presta el tiempo libre de este equipo a una red de cálculo.</translation>
    </message>
    <message>
        <source>Start a demo hub on this computer and use it.</source>
        <translation>Iniciar un hub de demostración en este equipo y usarlo.</translation>
    </message>
    <message>
        <source>Hub URL, e.g. https://hub.example.org.</source>
        <translation>URL del hub, p. ej. https://hub.example.org.</translation>
    </message>
    <message>
        <source>Folder for all state (default %1).</source>
        <translation>Carpeta para todos los datos de estado (por defecto %1).</translation>
    </message>
    <message>
        <source>Start in the tray without opening the dashboard.</source>
        <translation>Iniciar en la bandeja del sistema sin abrir el panel.</translation>
    </message>
    <message>
        <source>Skip the first-run wizard and use the defaults (demo network, run when idle).</source>
        <translation>Omitir el asistente inicial y usar los valores por defecto (red de demostración, trabajar cuando el equipo esté inactivo).</translation>
    </message>
    <message>
        <source>use either --local or --hub URL, not both</source>
        <translation>usa --local o --hub URL, no ambos</translation>
    </message>
    <message>
        <source>The demo network could not start: %1</source>
        <translation>No se pudo iniciar la red de demostración: %1</translation>
    </message>
    <message>
        <source>The demo network&apos;s own blockchain could not start, so it pays nothing until it does: %1</source>
        <translation>No se pudo iniciar la blockchain propia de la red de demostración, así que no pagará nada hasta que lo haga: %1</translation>
    </message>
    <message>
        <source>Moving to %1…</source>
        <translation>Cambiando a %1…</translation>
    </message>
</context>
<context>
    <name>sc::chain::ChainClient</name>
    <message>
        <source>The chain&apos;s answer to %1 was larger than this app accepts.</source>
        <translation>La respuesta de la blockchain a %1 era más grande de lo que acepta esta app.</translation>
    </message>
    <message>
        <source>The chain&apos;s address answered HTTP %1, not JSON-RPC.</source>
        <translation>La dirección de la blockchain respondió con HTTP %1, no con JSON-RPC.</translation>
    </message>
    <message>
        <source>The chain&apos;s answer to %1 is not a JSON object.</source>
        <translation>La respuesta de la blockchain a %1 no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The chain&apos;s answer to %1 does not match the request.</source>
        <translation>La respuesta de la blockchain a %1 no corresponde a la solicitud.</translation>
    </message>
    <message>
        <source>The chain refused %1.</source>
        <translation>La blockchain rechazó %1.</translation>
    </message>
    <message>
        <source>The chain&apos;s answer to %1 has no result.</source>
        <translation>La respuesta de la blockchain a %1 no tiene resultado.</translation>
    </message>
    <message>
        <source>The chain sent a malformed chain id.</source>
        <translation>La blockchain envió un ID de cadena incorrecto.</translation>
    </message>
    <message>
        <source>The chain sent a malformed block number.</source>
        <translation>La blockchain envió un número de bloque incorrecto.</translation>
    </message>
    <message>
        <source>The chain sent malformed call data.</source>
        <translation>La blockchain envió datos de llamada incorrectos.</translation>
    </message>
    <message>
        <source>The chain sent a malformed balance.</source>
        <translation>La blockchain envió un saldo incorrecto.</translation>
    </message>
    <message>
        <source>The chain sent a malformed transaction count.</source>
        <translation>La blockchain envió un número de transacciones incorrecto.</translation>
    </message>
    <message>
        <source>The chain sent an implausible gas estimate.</source>
        <translation>La blockchain envió una estimación de gas poco creíble.</translation>
    </message>
    <message>
        <source>The chain sent a malformed priority fee.</source>
        <translation>La blockchain envió una comisión de prioridad incorrecta.</translation>
    </message>
    <message>
        <source>The chain sent a malformed fee history.</source>
        <translation>La blockchain envió un historial de comisiones incorrecto.</translation>
    </message>
    <message>
        <source>The chain sent a malformed transaction hash.</source>
        <translation>La blockchain envió un hash de transacción incorrecto.</translation>
    </message>
    <message>
        <source>The chain sent a malformed receipt.</source>
        <translation>La blockchain envió un recibo incorrecto.</translation>
    </message>
    <message>
        <source>The chain sent a malformed list of logs.</source>
        <translation>La blockchain envió una lista de registros incorrecta.</translation>
    </message>
    <message>
        <source>The chain sent a malformed log entry.</source>
        <translation>La blockchain envió una entrada de registro incorrecta.</translation>
    </message>
</context>
<context>
    <name>sc::core::CreditFeed</name>
    <message>
        <source>Payout: %1 sent to your address</source>
        <translation>Pago: %1 enviado a tu dirección</translation>
    </message>
    <message>
        <source>Payout: %1 reached your address</source>
        <translation>Pago: %1 llegó a tu dirección</translation>
    </message>
    <message>
        <source>The hub sent a malformed credit entry; ignoring this page and asking again later.</source>
        <translation>El hub envió una entrada de crédito incorrecta; se ignora esta página y se volverá a pedir más tarde.</translation>
    </message>
    <message>
        <source>The hub sent a credit cursor that goes backwards; ignoring it.</source>
        <translation>El hub envió un cursor de crédito que va hacia atrás; se ignora.</translation>
    </message>
    <message>
        <source>Could not store credits in the ledger; will ask again.</source>
        <translation>No se pudo guardar el crédito en el registro; se volverá a pedir.</translation>
    </message>
    <message>
        <source>Task credited: %1</source>
        <translation>Tarea acreditada: %1</translation>
    </message>
    <message>
        <source>The network judged a task&apos;s result wrong; it earns no credit</source>
        <translation>La red consideró incorrecto el resultado de una tarea; no recibe crédito</translation>
    </message>
    <message>
        <source>If this happens often, check this computer&apos;s memory and cooling.</source>
        <translation>Si esto pasa a menudo, revisa la memoria y la refrigeración de este equipo.</translation>
    </message>
</context>
<context>
    <name>sc::core::CurlHttpClient</name>
    <message>
        <source>The address is not a valid http(s) URL (%1)</source>
        <translation>La dirección no es una URL http(s) válida (%1)</translation>
    </message>
    <message>
        <source>Could not find the host %1</source>
        <translation>No se encontró el servidor %1</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>No se pudo conectar con %1: %2</translation>
    </message>
    <message>
        <source>The reply from %1 was still arriving after %2 s (%3 bytes so far): the connection or the server is too slow</source>
        <translation>La respuesta de %1 seguía llegando tras %2 s (%3 bytes hasta ahora): la conexión o el servidor van demasiado lentos</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 no respondió en %2 s</translation>
    </message>
    <message>
        <source>The secure connection to %1 was not set up within %2 s</source>
        <translation>No se pudo establecer la conexión segura con %1 en %2 s</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 s</source>
        <translation>No se pudo conectar con %1 en %2 s</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1)</source>
        <translation>El certificado del servidor no es de confianza (%1)</translation>
    </message>
    <message>
        <source>Could not set up a secure connection to %1 (%2)</source>
        <translation>No se pudo establecer una conexión segura con %1 (%2)</translation>
    </message>
    <message>
        <source>The request to %1 failed (%2)</source>
        <translation>La solicitud a %1 falló (%2)</translation>
    </message>
    <message>
        <source>The reply from %1 is larger than the limit of %2 bytes</source>
        <translation>La respuesta de %1 supera el límite de %2 bytes</translation>
    </message>
    <message>
        <source>The address is not a valid http(s) URL</source>
        <translation>La dirección no es una URL http(s) válida</translation>
    </message>
    <message>
        <source>The request has an invalid header</source>
        <translation>La solicitud tiene una cabecera no válida</translation>
    </message>
    <message>
        <source>Could not start the request</source>
        <translation>No se pudo iniciar la solicitud</translation>
    </message>
    <message>
        <source>The request was cancelled</source>
        <translation>Se canceló la solicitud</translation>
    </message>
</context>
<context>
    <name>sc::core::Engine</name>
    <message>
        <source>A task resumed from its checkpoint</source>
        <translation>Una tarea continuó desde su punto de control</translation>
    </message>
    <message>
        <source>Tasks run in a %1 sandbox: no network, only their own folder writable.</source>
        <translation>Las tareas se ejecutan aisladas con %1: sin red y solo pueden escribir en su propia carpeta.</translation>
    </message>
    <message>
        <source>Tasks wait for your permission: this computer cannot shut them in a sandbox (%1).</source>
        <translation>Las tareas esperan tu permiso: este equipo no puede aislarlas (%1).</translation>
    </message>
    <message>
        <source>Install bubblewrap, or allow tasks to run without a sandbox on the Overview.</source>
        <translation>Instala bubblewrap o permite en el Resumen que las tareas se ejecuten sin aislamiento.</translation>
    </message>
    <message>
        <source>Tasks run without a sandbox (%1). They still run at idle priority in their own folder.</source>
        <translation>Las tareas se ejecutan sin aislamiento (%1). Siguen funcionando con prioridad mínima en su propia carpeta.</translation>
    </message>
    <message>
        <source>Install bubblewrap to isolate them.</source>
        <translation>Instala bubblewrap para aislarlas.</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks will resume from their checkpoints.</source>
        <translation>
            <numerusform>%n tarea continuará desde su punto de control.</numerusform>
            <numerusform>%n tareas continuarán desde sus puntos de control.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n results from an earlier run wait to be reported.</source>
        <translation>
            <numerusform>%n resultado de una ejecución anterior está pendiente de enviar.</numerusform>
            <numerusform>%n resultados de una ejecución anterior están pendientes de enviar.</numerusform>
        </translation>
    </message>
    <message>
        <source>You paused SpareCycles until you resume it</source>
        <translation>Pausaste SpareCycles hasta que lo reanudes</translation>
    </message>
    <message>
        <source>You paused SpareCycles until %1</source>
        <translation>Pausaste SpareCycles hasta %1</translation>
    </message>
    <message>
        <source>You resumed SpareCycles</source>
        <translation>Reanudaste SpareCycles</translation>
    </message>
    <message>
        <source>Payout address changed to %1; telling the hub.</source>
        <translation>La dirección de pago cambió a %1; se avisa al hub.</translation>
    </message>
    <message>
        <source>Settings changed; applied.</source>
        <translation>Ajustes cambiados y aplicados.</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <source>Lost the connection to the network</source>
        <translation>Se perdió la conexión con la red</translation>
    </message>
    <message>
        <source>%1. Check this computer&apos;s internet connection; SpareCycles tries again by itself.</source>
        <translation>%1. Comprueba la conexión a internet de este equipo; SpareCycles volverá a intentarlo solo.</translation>
    </message>
    <message>
        <source>Back online</source>
        <translation>Conectado de nuevo</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Tasks suspended: %1</source>
        <translation>Tareas suspendidas: %1</translation>
    </message>
    <message>
        <source>Tasks resumed (they had waited: %1)</source>
        <translation>Tareas reanudadas (habían esperado: %1)</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>No engine is running on this data folder.</source>
        <translation>No hay ningún motor funcionando con esta carpeta de datos.</translation>
    </message>
    <message>
        <source>No engine has run on this data folder yet.</source>
        <translation>Ningún motor ha funcionado todavía con esta carpeta de datos.</translation>
    </message>
    <message>
        <source>Stopping tasks (they resume from their checkpoints next time)</source>
        <translation>Deteniendo las tareas (la próxima vez continuarán desde su punto de control)</translation>
    </message>
    <message>
        <source>This computer cannot shut tasks in a sandbox (%1), where they could not read your files: they wait until you allow them to run without one. Installing bubblewrap is safer.</source>
        <translation>Este equipo no puede aislar las tareas (%1) en un entorno donde no podrían leer tus archivos: esperan a que permitas que se ejecuten sin aislamiento. Instalar bubblewrap es más seguro.</translation>
    </message>
    <message numerus="yes">
        <source>Running %n tasks</source>
        <translation>
            <numerusform>Ejecutando %n tarea</numerusform>
            <numerusform>Ejecutando %n tareas</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to the hub at %1</source>
        <translation>Conectando con el hub en %1</translation>
    </message>
    <message>
        <source>Preparing tasks</source>
        <translation>Preparando tareas</translation>
    </message>
    <message>
        <source>Waiting for work from the hub</source>
        <translation>Esperando tareas del hub</translation>
    </message>
    <message>
        <source>GPU tasks run on the processor here: this computer has no graphics card for them.</source>
        <translation>Las tareas de GPU se ejecutan aquí en el procesador: este ordenador no tiene tarjeta gráfica para ellas.</translation>
    </message>
    <message>
        <source>Tasks can use the graphics card: %1.</source>
        <translation>Las tareas pueden usar la tarjeta gráfica: %1.</translation>
    </message>
</context>
<context>
    <name>sc::core::Executor</name>
    <message>
        <source>it created more than %1 files in its folder</source>
        <translation>creó más de %1 archivos en su carpeta</translation>
    </message>
    <message>
        <source>it wrote more than %1 MB into its folder, the most one task may use</source>
        <translation>escribió más de %1 MB en su carpeta, el máximo que puede usar una tarea</translation>
    </message>
    <message>
        <source>it started more processes and threads than the %1 one task may have</source>
        <translation>inició más procesos e hilos que los %1 que puede tener una tarea</translation>
    </message>
    <message>
        <source>it tried to write a file larger than %1 MB, the most one file may hold</source>
        <translation>intentó escribir un archivo de más de %1 MB, el máximo que puede ocupar un archivo</translation>
    </message>
    <message>
        <source>it made a system call that the sandbox forbids</source>
        <translation>hizo una llamada al sistema que el entorno aislado prohíbe</translation>
    </message>
</context>
<context>
    <name>sc::core::HardwareWatch</name>
    <message>
        <source>This computer&apos;s hardware changed; sending its new profile to the hub.</source>
        <translation>El hardware de este equipo cambió; se envía su nuevo perfil al hub.</translation>
    </message>
    <message>
        <source>Measuring this computer&apos;s speed (a few seconds, at idle priority)…</source>
        <translation>Midiendo la velocidad de este equipo (unos segundos, con prioridad mínima)…</translation>
    </message>
    <message>
        <source>Speed measured: score %1 (integer %2 Mop/s, floating point %3 Mflop/s, memory %4 GB/s on all cores).</source>
        <translation>Velocidad medida: puntuación %1 (enteros %2 Mop/s, coma flotante %3 Mflop/s, memoria %4 GB/s en todos los núcleos).</translation>
    </message>
</context>
<context>
    <name>sc::core::HubSession</name>
    <message>
        <source>The hub does not know this device any more; registering again.</source>
        <translation>El hub ya no reconoce este dispositivo; se vuelve a registrar.</translation>
    </message>
    <message>
        <source>The hub stopped sending work to this device because it returned wrong answers to known tasks. Check the computer&apos;s stability (memory, overclocking), then contact the network.</source>
        <translation>El hub dejó de enviar tareas a este dispositivo porque dio respuestas incorrectas a tareas conocidas. Revisa la estabilidad del equipo (memoria, overclocking) y luego contacta con la red.</translation>
    </message>
    <message numerus="yes">
        <source>Cannot reach the hub at %1: %2 Retrying in %n seconds.</source>
        <translation>
            <numerusform>No se puede contactar con el hub en %1: %2 Nuevo intento en %n segundo.</numerusform>
            <numerusform>No se puede contactar con el hub en %1: %2 Nuevo intento en %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hub at %1 answered with an error (HTTP %2): %3 Retrying in %n seconds.</source>
        <translation>
            <numerusform>El hub en %1 respondió con un error (HTTP %2): %3 Nuevo intento en %n segundo.</numerusform>
            <numerusform>El hub en %1 respondió con un error (HTTP %2): %3 Nuevo intento en %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reply from the hub at %1 was damaged or not as the protocol says: %2 Retrying in %n seconds.</source>
        <translation>
            <numerusform>La respuesta del hub en %1 estaba dañada o no seguía el protocolo: %2 Nuevo intento en %n segundo.</numerusform>
            <numerusform>La respuesta del hub en %1 estaba dañada o no seguía el protocolo: %2 Nuevo intento en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not set up a secure connection to the hub at %1: %2</source>
        <translation>No se pudo establecer una conexión segura con el hub en %1: %2</translation>
    </message>
    <message>
        <source>The hub at %1 now signs task programs with a different key than when this device first joined. SpareCycles will not run programs it cannot trust. If the network announced a new key, remove the folder %2 to join again.</source>
        <translation>El hub en %1 firma ahora los programas de las tareas con una clave distinta a la de cuando este dispositivo se unió. SpareCycles no ejecutará programas en los que no puede confiar. Si la red anunció una clave nueva, borra la carpeta %2 para volver a unirte.</translation>
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
        <translation>no se pudo crear la clave de pagos de la red de demostración (%1)</translation>
    </message>
    <message>
        <source>the demo chain is not installed with this copy of SpareCycles</source>
        <translation>la blockchain de demostración no viene instalada con esta copia de SpareCycles</translation>
    </message>
    <message>
        <source>the demo chain did not start</source>
        <translation>la blockchain de demostración no se inició</translation>
    </message>
    <message>
        <source>the demo chain started but did not say where it is</source>
        <translation>la blockchain de demostración se inició, pero no indicó dónde está</translation>
    </message>
    <message>
        <source>Cannot start the local hub %1: %2</source>
        <translation>No se puede iniciar el hub local %1: %2</translation>
    </message>
    <message>
        <source>The local hub did not start (it said: %1).</source>
        <translation>El hub local no se inició (dijo: %1).</translation>
    </message>
</context>
<context>
    <name>sc::core::Notifier</name>
    <message>
        <source>Cannot reach the network</source>
        <translation>No se puede contactar con la red</translation>
    </message>
    <message numerus="yes">
        <source>SpareCycles has not reached its hub for %n minutes. Finished work is kept and sent when it is back. %1</source>
        <translation>
            <numerusform>SpareCycles lleva %n minuto sin contactar con su hub. El trabajo terminado se guarda y se enviará cuando vuelva. %1</numerusform>
            <numerusform>SpareCycles lleva %n minutos sin contactar con su hub. El trabajo terminado se guarda y se enviará cuando vuelva. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>A task failed repeatedly</source>
        <translation>Una tarea falló varias veces</translation>
    </message>
    <message>
        <source>Task %1 stopped with an error (code %2) three times and was given up. If this happens often, check the computer&apos;s stability.</source>
        <translation>La tarea %1 se detuvo con un error (código %2) tres veces y se abandonó. Si pasa a menudo, revisa la estabilidad del equipo.</translation>
    </message>
    <message>
        <source>Paused to cool down</source>
        <translation>En pausa para enfriarse</translation>
    </message>
    <message>
        <source>The processor reached %1 °C (your limit is %2 °C). Tasks resume when it has cooled down.</source>
        <translation>El procesador llegó a %1 °C (tu límite es %2 °C). Las tareas seguirán cuando se haya enfriado.</translation>
    </message>
    <message>
        <source>Payout arrived</source>
        <translation>Pago recibido</translation>
    </message>
    <message>
        <source>%1 was paid to %2.</source>
        <translation>Se pagó un importe de %1 a %2.</translation>
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
        <translation>desconocida</translation>
    </message>
    <message>
        <source>Paused: CPU at %1 °C, limit %2 °C</source>
        <translation>En pausa: CPU a %1 °C, límite %2 °C</translation>
    </message>
    <message>
        <source>Paused to cool down: CPU at %1 °C, limit %2 °C</source>
        <translation>En pausa para enfriarse: CPU a %1 °C, límite %2 °C</translation>
    </message>
    <message>
        <source>Slowed to %1 % to keep the CPU under %2 °C (now %3 °C)</source>
        <translation>Reducido al %1 % para mantener la CPU por debajo de %2 °C (ahora %3 °C)</translation>
    </message>
    <message>
        <source>Task %1 holds %2 MB, more than the %3 % of memory tasks may use now; it stops at its checkpoint and waits until there is room.</source>
        <translation>La tarea %1 ocupa %2 MB, más del %3 % de la memoria que pueden usar ahora las tareas; se detiene en su punto de control y espera hasta que haya sitio.</translation>
    </message>
    <message>
        <source>Graphics card work goes on while you use the computer, as set in Settings</source>
        <translation>El trabajo en la tarjeta gráfica continúa mientras usa el ordenador, según lo indicado en Ajustes</translation>
    </message>
    <message>
        <source>Graphics card work is paused while you use the computer (Settings)</source>
        <translation>El trabajo en la tarjeta gráfica está en pausa mientras usa el ordenador (Ajustes)</translation>
    </message>
    <message>
        <source>Graphics card work is paused to cool down: graphics card at %1 °C, limit %2 °C</source>
        <translation>El trabajo en la tarjeta gráfica está en pausa para enfriarse: tarjeta gráfica a %1 °C, límite %2 °C</translation>
    </message>
    <message>
        <source>Graphics card work is slowed to %1 % to keep the card under %2 °C (now %3 °C)</source>
        <translation>El trabajo en la tarjeta gráfica se ha reducido al %1 % para mantener la tarjeta por debajo de %2 °C (ahora %3 °C)</translation>
    </message>
</context>
<context>
    <name>sc::core::ProgramCache</name>
    <message>
        <source>Refused to start a task: its program %1 is not signed by the network&apos;s code-signing key. The task is dropped.</source>
        <translation>Se rechazó iniciar una tarea: su programa %1 no está firmado con la clave de firma de código de la red. La tarea se descarta.</translation>
    </message>
    <message>
        <source>Refused the program %1 from the hub: its signature is not from the network&apos;s code-signing key. Its tasks are dropped.</source>
        <translation>Se rechazó el programa %1 del hub: su firma no es de la clave de firma de código de la red. Sus tareas se descartan.</translation>
    </message>
    <message>
        <source>The program %1 arrived damaged (%2 bytes whose SHA-256 is not that of the signed program); it is downloaded again.</source>
        <translation>El programa %1 llegó dañado (%2 bytes cuyo SHA-256 no es el del programa firmado); se vuelve a descargar.</translation>
    </message>
    <message>
        <source>Cannot store the program %1 in %2: %3</source>
        <translation>No se puede guardar el programa %1 en %2: %3</translation>
    </message>
</context>
<context>
    <name>sc::core::Settings</name>
    <message>
        <source>Give &apos;always&apos; or days and hours, e.g. &apos;mon-fri 18-8, sat-sun 0-24&apos;.</source>
        <translation>Indica &apos;always&apos; o días y horas, p. ej. &apos;mon-fri 18-8, sat-sun 0-24&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not like &apos;mon-fri 18-8&apos; (days mon…sun, hours 0–24).</source>
        <translation>&apos;%1&apos; no tiene la forma &apos;mon-fri 18-8&apos; (días mon…sun, horas 0–24).</translation>
    </message>
    <message>
        <source>There is no setting &apos;%1&apos;. &apos;sparecycles-cli config list&apos; shows them all.</source>
        <translation>No existe el ajuste &apos;%1&apos;. &apos;sparecycles-cli config list&apos; los muestra todos.</translation>
    </message>
    <message>
        <source>Give true or false, not &apos;%1&apos;.</source>
        <translation>Indica true o false, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Give a whole number from %1 to %2, not &apos;%3&apos;.</source>
        <translation>Indica un número entero de %1 a %2, no &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Give a number from %1 to %2, not &apos;%3&apos;.</source>
        <translation>Indica un número de %1 a %2, no &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the choices.</source>
        <translation>&apos;%1&apos; no es una de las opciones.</translation>
    </message>
    <message>
        <source>A network&apos;s address starts with https:// or http://, like https://hub.example.org; &apos;%1&apos; is not one.</source>
        <translation>La dirección de una red empieza por https:// o http://, como https://hub.example.org; &apos;%1&apos; no lo es.</translation>
    </message>
    <message>
        <source>The blockchain node&apos;s address starts with https:// or http://, not &apos;%1&apos;.</source>
        <translation>La dirección del nodo de blockchain empieza por https:// o http://, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a program name (no paths, at most 64 characters).</source>
        <translation>&apos;%1&apos; no es un nombre de programa (sin rutas, como máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
</context>
<context>
    <name>sc::core::TaskRunner</name>
    <message>
        <source>The hub&apos;s list of held work arrived damaged: task %1 in it does not carry the network&apos;s signature. Nothing of it is used; asking again.</source>
        <translation>La lista del trabajo retenido que envió el hub llegó dañada: la tarea %1 no lleva la firma de la red. No se usa nada de ella; se vuelve a pedir.</translation>
    </message>
    <message>
        <source>The hub&apos;s answer with new work arrived damaged: task %1 in it does not carry the network&apos;s signature. Nothing of it is used; asking again.</source>
        <translation>La respuesta del hub con trabajo nuevo llegó dañada: la tarea %1 no lleva la firma de la red. No se usa nada de ella; se vuelve a pedir.</translation>
    </message>
    <message numerus="yes">
        <source>Took up %n tasks the hub had given this computer that never arrived.</source>
        <translation>
            <numerusform>Se recuperó %n tarea que el hub había asignado a este equipo y que nunca llegó.</numerusform>
            <numerusform>Se recuperaron %n tareas que el hub había asignado a este equipo y que nunca llegaron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave %n tasks back to the hub for other computers.</source>
        <translation>
            <numerusform>Se devolvió %n tarea al hub para otros equipos.</numerusform>
            <numerusform>Se devolvieron %n tareas al hub para otros equipos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dropped %n tasks that the hub no longer expects from this computer.</source>
        <translation>
            <numerusform>Se descartó %n tarea que el hub ya no espera de este equipo.</numerusform>
            <numerusform>Se descartaron %n tareas que el hub ya no espera de este equipo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1 free on the disk holding %2; SpareCycles takes no new work while less than %3 is free. Free some space.</source>
        <translation>Solo quedan %1 libres en el disco donde está %2; SpareCycles no acepta trabajo nuevo mientras haya menos de %3 libres. Libera espacio.</translation>
    </message>
    <message>
        <source>Tasks keep %1 in %2, the most they may use (Settings); new work waits until some finish.</source>
        <translation>Las tareas ocupan %1 en %2, el máximo que pueden usar (Ajustes); el trabajo nuevo espera a que terminen algunas.</translation>
    </message>
    <message numerus="yes">
        <source>Received %n tasks from the hub.</source>
        <translation>
            <numerusform>Se recibió %n tarea del hub.</numerusform>
            <numerusform>Se recibieron %n tareas del hub.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dropped a task: its deadline passed before it could finish.</source>
        <translation>Se descartó una tarea: su plazo venció antes de que pudiera terminar.</translation>
    </message>
    <message>
        <source>Refused to start a task: the network did not sign it (it is not as the hub issued it). The task is dropped.</source>
        <translation>Se rechazó iniciar una tarea: la red no la firmó (no es tal como la emitió el hub). La tarea se descarta.</translation>
    </message>
    <message>
        <source>Cannot start a task: %1</source>
        <translation>No se puede iniciar una tarea: %1</translation>
    </message>
    <message>
        <source>Task started</source>
        <translation>Tarea iniciada</translation>
    </message>
    <message>
        <source>A task was stopped because it broke a limit of its sandbox; the network is told</source>
        <translation>Se detuvo una tarea porque superó un límite de su entorno aislado; se avisa a la red</translation>
    </message>
    <message>
        <source>Task finished</source>
        <translation>Tarea terminada</translation>
    </message>
    <message>
        <source>A task stopped: the disk holding %1 is full (%2 free). It runs again from its checkpoint once there is space.</source>
        <translation>Una tarea se detuvo: el disco donde está %1 está lleno (%2 libres). Seguirá desde su punto de control cuando haya espacio.</translation>
    </message>
    <message>
        <source>A task stopped and could not be recorded in the task database in %1; trying again later.</source>
        <translation>Una tarea se detuvo y no se pudo anotar en la base de datos de tareas en %1; se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>A task stopped unexpectedly; it runs again from its last checkpoint</source>
        <translation>Una tarea se detuvo inesperadamente; seguirá desde su último punto de control</translation>
    </message>
    <message>
        <source>Exit code %1.</source>
        <translation>Código de salida %1.</translation>
    </message>
    <message numerus="yes">
        <source>A task failed %n times and was given up; the network is told</source>
        <translation>
            <numerusform>Una tarea falló %n vez y se abandonó; se avisa a la red</numerusform>
            <numerusform>Una tarea falló %n veces y se abandonó; se avisa a la red</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do: the network gives it to another computer.</source>
        <translation>No tienes que hacer nada: la red se la da a otro equipo.</translation>
    </message>
    <message>
        <source>The hub did not accept the result of a task: %1</source>
        <translation>El hub no aceptó el resultado de una tarea: %1</translation>
    </message>
    <message>
        <source>The hub could not take the result of a task now (%1); trying again later.</source>
        <translation>El hub no pudo recibir ahora el resultado de una tarea (%1); se volverá a intentar más tarde.</translation>
    </message>
    <message numerus="yes">
        <source>The network changed: %n tasks from the previous network were dropped.</source>
        <translation>
            <numerusform>La red cambió: se descartó %n tarea de la red anterior.</numerusform>
            <numerusform>La red cambió: se descartaron %n tareas de la red anterior.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gave a GPU task back to the network: tasks may not use the graphics card.</source>
        <translation>Se devolvió una tarea de GPU a la red: las tareas no pueden usar la tarjeta gráfica.</translation>
    </message>
</context>
<context>
    <name>sc::core::WalletWatch</name>
    <message>
        <source>This network names no blockchain node to read your balance from. Add one in Settings (blockchain node address).</source>
        <translation>Esta red no indica ningún nodo de blockchain del que leer tu saldo. Añade uno en Ajustes (dirección del nodo de blockchain).</translation>
    </message>
    <message>
        <source>The blockchain node %1 is on chain %2, but this network pays on chain %3.</source>
        <translation>El nodo de blockchain %1 está en la cadena %2, pero esta red paga en la cadena %3.</translation>
    </message>
    <message>
        <source>The blockchain node %1 sent a balance that is not a number.</source>
        <translation>El nodo de blockchain %1 envió un saldo que no es un número.</translation>
    </message>
    <message>
        <source>The blockchain node %1 did not answer: %2</source>
        <translation>El nodo de blockchain %1 no respondió: %2</translation>
    </message>
    <message>
        <source>Reading the wallet balance from %1 failed: %2</source>
        <translation>No se pudo leer el saldo de la billetera desde %1: %2</translation>
    </message>
    <message>
        <source>Could not reach the blockchain node (%1).</source>
        <translation>No se pudo contactar con el nodo de blockchain (%1).</translation>
    </message>
    <message>
        <source>The blockchain node (%1) gave an answer this app cannot use.</source>
        <translation>El nodo de blockchain (%1) dio una respuesta que esta app no puede usar.</translation>
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
            <numerusform>%n tarea terminada, %1 acreditados</numerusform>
            <numerusform>%n tareas terminadas, %1 acreditados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks finished</source>
        <translation>
            <numerusform>%n tarea terminada</numerusform>
            <numerusform>%n tareas terminadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 credited for %n tasks</source>
        <translation>
            <numerusform>%1 acreditados por %n tarea</numerusform>
            <numerusform>%1 acreditados por %n tareas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks started</source>
        <translation>
            <numerusform>%n tarea iniciada</numerusform>
            <numerusform>%n tareas iniciadas</numerusform>
        </translation>
    </message>
    <message>
        <source>A task</source>
        <translation>Una tarea</translation>
    </message>
    <message>
        <source>%1: finished, %2 credited</source>
        <translation>%1: terminada, %2 acreditados</translation>
    </message>
    <message>
        <source>%1: %2 credited</source>
        <translation>%1: %2 acreditados</translation>
    </message>
    <message>
        <source>%1: finished</source>
        <translation>%1: terminada</translation>
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
        <translation>Lo que SpareCycles ha hecho últimamente, lo más reciente primero.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>All activity</source>
        <translation>Toda la actividad</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Solo problemas</translation>
    </message>
    <message>
        <source>Copy the lines shown, with their times</source>
        <translation>Copiar las líneas mostradas, con sus horas</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Actividad reciente</translation>
    </message>
</context>
<context>
    <name>sc::ui::BarLineChart</name>
    <message>
        <source>Point at a bar to see its exact values.</source>
        <translation>Señala una barra para ver sus valores exactos.</translation>
    </message>
    <message>
        <source>Point at the line to see its exact values.</source>
        <translation>Señala la línea para ver sus valores exactos.</translation>
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
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Ganancias</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
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
        <translation>&amp;Exportar a CSV…</translation>
    </message>
    <message>
        <source>Export earnings to a CSV file</source>
        <translation>Exportar las ganancias a un archivo CSV</translation>
    </message>
    <message>
        <source>Earned per period</source>
        <translation>Ganado por periodo</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Total acumulado</translation>
    </message>
    <message>
        <source>Chart of earnings</source>
        <translation>Gráfico de ganancias</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>No payouts yet. The network sends your credit to your payout address once enough of it is waiting.</source>
        <translation>Aún no hay pagos. La red envía tu crédito a tu dirección de pago cuando se acumula lo suficiente.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <source>The earnings record could not be opened.</source>
        <translation>No se pudo abrir el registro de ganancias.</translation>
    </message>
    <message>
        <source>Earned in this period: %1 · In total: %2</source>
        <translation>Ganado en este periodo: %1 · En total: %2</translation>
    </message>
    <message>
        <source>Waiting for payout: %1 · Paid out: %2</source>
        <translation>Pendiente de pago: %1 · Pagado: %2</translation>
    </message>
    <message>
        <source>Nothing earned in this period yet. Credit appears here once the network has checked the results your computer sent.</source>
        <translation>Aún no has ganado nada en este periodo. El crédito aparece aquí cuando la red ha comprobado los resultados que envió tu equipo.</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Total earned</source>
        <translation>Total ganado</translation>
    </message>
    <message>
        <source>Earned per day</source>
        <translation>Ganado por día</translation>
    </message>
    <message>
        <source>Earned per week</source>
        <translation>Ganado por semana</translation>
    </message>
    <message>
        <source>Earned per month</source>
        <translation>Ganado por mes</translation>
    </message>
    <message>
        <source>SCT</source>
        <translation>SCT</translation>
    </message>
    <message>
        <source>Failed: the amount is back in Waiting for payout</source>
        <translation>Falló: el importe vuelve a estar en “Pendiente de pago”</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>On its way</source>
        <translation>En camino</translation>
    </message>
    <message>
        <source>Sent by the network; not yet checked on the blockchain</source>
        <translation>Enviado por la red; aún no comprobado en la blockchain</translation>
    </message>
    <message>
        <source>Failed on the blockchain; the network should pay it again</source>
        <translation>Falló en la blockchain; la red debería volver a pagarlo</translation>
    </message>
    <message>
        <source>On the blockchain this transaction did not pay this amount to your address</source>
        <translation>En la blockchain, esta transacción no pagó este importe a tu dirección</translation>
    </message>
    <message>
        <source>Not found on the blockchain, although the network says it was paid</source>
        <translation>No se encontró en la blockchain, aunque la red dice que se pagó</translation>
    </message>
    <message numerus="yes">
        <source>Confirmed (%n confirmations)</source>
        <translation>
            <numerusform>Confirmado (%n confirmación)</numerusform>
            <numerusform>Confirmado (%n confirmaciones)</numerusform>
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
        <translation>Copiar el ID de la transacción</translation>
    </message>
    <message>
        <source>Copy the full transaction ID, to look it up on the blockchain</source>
        <translation>Copiar el ID completo de la transacción, para buscarlo en la blockchain</translation>
    </message>
    <message>
        <source>Export earnings</source>
        <translation>Exportar ganancias</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>sc::ui::FirstRunWizard</name>
    <message>
        <source>Welcome to SpareCycles</source>
        <translation>Te damos la bienvenida a SpareCycles</translation>
    </message>
    <message>
        <source>Quit setup?</source>
        <translation>¿Salir de la configuración?</translation>
    </message>
    <message>
        <source>SpareCycles does not start until setup is finished. Quit setup anyway?</source>
        <translation>SpareCycles no se inicia hasta que termines la configuración. ¿Salir de todos modos?</translation>
    </message>
    <message>
        <source>Lend your computer&apos;s spare time</source>
        <translation>Presta el tiempo libre de tu equipo</translation>
    </message>
    <message>
        <source>&lt;p&gt;SpareCycles runs small computing tasks for a network while you are away from your computer, and records the credit you earn for them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What it does:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;starts tasks only when you allow it (by default: when you are away);&lt;/li&gt;&lt;li&gt;stops them within a fraction of a second when you come back;&lt;/li&gt;&lt;li&gt;slows down when the processor gets hot or you are on battery.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;What it never does:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;read your files, or let tasks use the network;&lt;/li&gt;&lt;li&gt;run tasks as you or with administrator rights;&lt;/li&gt;&lt;li&gt;ask for your wallet&apos;s secret words or keys: only a wallet you let it make or bring in is kept, on this computer alone.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;SpareCycles ejecuta pequeñas tareas de cálculo para una red mientras no usas tu equipo, y anota el crédito que ganas con ellas.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lo que hace:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;inicia tareas solo cuando tú lo permites (por defecto: cuando no estás);&lt;/li&gt;&lt;li&gt;las detiene en una fracción de segundo cuando vuelves;&lt;/li&gt;&lt;li&gt;va más despacio cuando el procesador se calienta o el equipo usa la batería.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Lo que nunca hace:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;leer tus archivos ni dejar que las tareas usen la red;&lt;/li&gt;&lt;li&gt;ejecutar tareas con tu usuario o con permisos de administrador;&lt;/li&gt;&lt;li&gt;pedirte las palabras secretas o las claves de tu billetera: solo guarda una billetera que le dejes crear o importar, y únicamente en este equipo.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Which network?</source>
        <translation>¿Qué red?</translation>
    </message>
    <message>
        <source>&amp;Demo network on this computer</source>
        <translation>Red de &amp;demostración en este equipo</translation>
    </message>
    <message>
        <source>A &amp;hub on the internet:</source>
        <translation>Un &amp;hub en internet:</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Dirección del hub</translation>
    </message>
    <message>
        <source>To try SpareCycles out: tasks, credit and payouts are real, but they stay on this computer, and its credit has no value.</source>
        <translation>Para probar SpareCycles: las tareas, el crédito y los pagos son reales, pero se quedan en este equipo y el crédito no tiene valor.</translation>
    </message>
    <message>
        <source>Where should payouts go?</source>
        <translation>¿Adónde deben ir los pagos?</translation>
    </message>
    <message>
        <source>Give the address of your Ethereum-compatible (EVM) wallet: it starts with 0x and has 42 characters; copy it from your wallet app. Only the address: never your secret words or key. You can leave it empty and add it later.</source>
        <translation>Indica la dirección de tu billetera compatible con Ethereum (EVM): empieza por 0x y tiene 42 caracteres; cópiala desde tu app de billetera. Solo la dirección: nunca tus palabras secretas ni tu clave. Puedes dejarla vacía y añadirla más tarde.</translation>
    </message>
    <message>
        <source>0x… (your wallet’s address, optional)</source>
        <translation>0x… (dirección de tu billetera, opcional)</translation>
    </message>
    <message>
        <source>Payout address</source>
        <translation>Dirección de pago</translation>
    </message>
    <message>
        <source>The payout address above is this wallet&apos;s.</source>
        <translation>La dirección de pago de arriba es la de esta billetera.</translation>
    </message>
    <message>
        <source>When may tasks run?</source>
        <translation>¿Cuándo pueden ejecutarse las tareas?</translation>
    </message>
    <message>
        <source>Only when I am &amp;away from the computer (recommended)</source>
        <translation>Solo cuando &amp;no estoy usando el equipo (recomendado)</translation>
    </message>
    <message>
        <source>&amp;Always, at the lowest priority (may make fans louder)</source>
        <translation>&amp;Siempre, con la prioridad más baja (los ventiladores pueden sonar más)</translation>
    </message>
    <message>
        <source>At &amp;these hours (click or drag to change):</source>
        <translation>En &amp;estas horas (haz clic o arrastra para cambiarlas):</translation>
    </message>
    <message>
        <source>You can change this any time in Settings, and pause from the tray icon.</source>
        <translation>Puedes cambiarlo cuando quieras en Ajustes, y pausar desde el icono de la bandeja.</translation>
    </message>
    <message>
        <source>All set</source>
        <translation>Todo listo</translation>
    </message>
    <message>
        <source>SpareCycles keeps a wallet for you on this computer. You can save a copy of it to a file, which MetaMask and most other wallets open.</source>
        <translation>SpareCycles guarda una billetera para ti en este equipo. Puedes guardar una copia en un archivo que MetaMask y la mayoría de las billeteras pueden abrir.</translation>
    </message>
    <message>
        <source>No wallet yet? SpareCycles can make one for you and keep it on this computer; you write down 12 recovery words that bring it back.</source>
        <translation>¿Aún no tienes billetera? SpareCycles puede crearte una y guardarla en este equipo; tú anotas 12 palabras de recuperación con las que podrás restaurarla.</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Guardar una copia…</translation>
    </message>
    <message>
        <source>&amp;Make one for me…</source>
        <translation>&amp;Crear una para mí…</translation>
    </message>
    <message>
        <source>A hub address looks like https://hub.example.org.</source>
        <translation>Una dirección de hub tiene este aspecto: https://hub.example.org.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>No se puede contactar con %1: %2</translation>
    </message>
    <message>
        <source>%1 answers, but it is not a SpareCycles hub.</source>
        <translation>%1 responde, pero no es un hub de SpareCycles.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <source>Choose at least one hour, or tasks could never run.</source>
        <translation>Elige al menos una hora; si no, las tareas nunca podrían ejecutarse.</translation>
    </message>
    <message>
        <source>Network: the demo network on this computer.</source>
        <translation>Red: la red de demostración en este equipo.</translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation>Red: %1</translation>
    </message>
    <message>
        <source>Payouts: no address yet.</source>
        <translation>Pagos: aún sin dirección.</translation>
    </message>
    <message>
        <source>Payouts to: %1</source>
        <translation>Pagos a: %1</translation>
    </message>
    <message>
        <source>Tasks run only when you are away.</source>
        <translation>Las tareas se ejecutan solo cuando no usas el equipo.</translation>
    </message>
    <message>
        <source>Tasks run always, at the lowest priority.</source>
        <translation>Las tareas se ejecutan siempre, con la prioridad más baja.</translation>
    </message>
    <message numerus="yes">
        <source>Tasks run only at the hours you chose (%n hours a week).</source>
        <translation>
            <numerusform>Las tareas se ejecutan solo en las horas que elegiste (%n hora a la semana).</numerusform>
            <numerusform>Las tareas se ejecutan solo en las horas que elegiste (%n horas a la semana).</numerusform>
        </translation>
    </message>
    <message>
        <source>SpareCycles lives in the tray (the icon near the clock). Click it to see what it does and what you earned.</source>
        <translation>SpareCycles está en la bandeja del sistema (el icono junto al reloj). Haz clic en él para ver qué hace y cuánto has ganado.</translation>
    </message>
</context>
<context>
    <name>sc::ui::HistoryPage</name>
    <message>
        <source>Processor time</source>
        <translation>Tiempo de procesador</translation>
    </message>
    <message>
        <source>Tasks finished</source>
        <translation>Tareas terminadas</translation>
    </message>
    <message>
        <source>The contribution record could not be opened.</source>
        <translation>No se pudo abrir el registro de contribuciones.</translation>
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
            <numerusform>En este periodo: %1 de tiempo de procesador, %n tarea terminada.</numerusform>
            <numerusform>En este periodo: %1 de tiempo de procesador, %n tareas terminadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The network accepted %n results</source>
        <translation>
            <numerusform>La red aceptó %n resultado</numerusform>
            <numerusform>La red aceptó %n resultados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and rejected %n (wrong, failed or late).</source>
        <translation>
            <numerusform>y rechazó %n (erróneo, fallido o tardío).</numerusform>
            <numerusform>y rechazó %n (erróneos, fallidos o tardíos).</numerusform>
        </translation>
    </message>
    <message>
        <source>Your computer has not worked on any task in this period yet. Tasks run when you are away from the computer (see Settings).</source>
        <translation>Tu equipo aún no ha trabajado en ninguna tarea en este periodo. Las tareas se ejecutan cuando no usas el equipo (consulta Ajustes).</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semana del %1</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Minutes of processor time</source>
        <translation>Minutos de tiempo de procesador</translation>
    </message>
    <message>
        <source>Hours of processor time</source>
        <translation>Horas de tiempo de procesador</translation>
    </message>
    <message>
        <source>Chart of the time your computer worked and finished tasks</source>
        <translation>Gráfico del tiempo de trabajo del equipo y de las tareas terminadas</translation>
    </message>
    <message>
        <source>Processor and graphics card time</source>
        <translation>Tiempo de procesador y de tarjeta gráfica</translation>
    </message>
    <message numerus="yes">
        <source>In this period: %1 of processor time and %2 of graphics card time, %n tasks finished.</source>
        <translation>
            <numerusform>En este periodo: %1 de tiempo de procesador y %2 de tiempo de tarjeta gráfica, %n tarea terminada.</numerusform>
            <numerusform>En este periodo: %1 de tiempo de procesador y %2 de tiempo de tarjeta gráfica, %n tareas terminadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Procesador</translation>
    </message>
    <message>
        <source>Graphics card</source>
        <translation>Tarjeta gráfica</translation>
    </message>
    <message>
        <source>Minutes of work</source>
        <translation>Minutos de trabajo</translation>
    </message>
    <message>
        <source>Hours of work</source>
        <translation>Horas de trabajo</translation>
    </message>
</context>
<context>
    <name>sc::ui::LiveChart</name>
    <message>
        <source>CPU temperature (°C)</source>
        <translation>Temperatura de la CPU (°C)</translation>
    </message>
    <message>
        <source>Share of time tasks run (%)</source>
        <translation>Parte del tiempo en que se ejecutan tareas (%)</translation>
    </message>
    <message>
        <source>Processor used by tasks (% of the computer)</source>
        <translation>Procesador usado por las tareas (% del equipo)</translation>
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
        <translation>Recogiendo las primeras mediciones…</translation>
    </message>
    <message>
        <source>This computer does not report its processor temperature; only the tasks’ share of time and processor use are shown.</source>
        <translation>Este equipo no informa de la temperatura del procesador; solo se muestran la parte del tiempo de las tareas y su uso del procesador.</translation>
    </message>
    <message>
        <source>Graphics card temperature (°C)</source>
        <translation>Temperatura de la tarjeta gráfica (°C)</translation>
    </message>
    <message>
        <source>This computer does not report its processor temperature; the graphics card’s is shown.</source>
        <translation>Este equipo no informa de la temperatura del procesador; se muestra la de la tarjeta gráfica.</translation>
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
        <translation>Ejecutar tareas sin aislamiento…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Ganado</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>In total</source>
        <translation>En total</translation>
    </message>
    <message>
        <source>Waiting for payout</source>
        <translation>Pendiente de pago</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Payout wallet</source>
        <translation>Billetera de pago</translation>
    </message>
    <message>
        <source>What your payout address holds on the blockchain, including anything it received from elsewhere.</source>
        <translation>Lo que tiene tu dirección de pago en la blockchain, incluido lo que haya recibido de otras fuentes.</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>For network fees</source>
        <translation>Para comisiones de red</translation>
    </message>
    <message>
        <source>Last 10 minutes</source>
        <translation>Últimos 10 minutos</translation>
    </message>
    <message>
        <source>Chart of CPU temperature and task running time over the last 10 minutes</source>
        <translation>Gráfico de la temperatura de la CPU y del tiempo de tareas en los últimos 10 minutos</translation>
    </message>
    <message>
        <source>Tasks on this computer</source>
        <translation>Tareas en este equipo</translation>
    </message>
    <message>
        <source>No task is running right now.</source>
        <translation>Ahora no hay ninguna tarea en marcha.</translation>
    </message>
    <message>
        <source>Waiting for your permission</source>
        <translation>Esperando tu permiso</translation>
    </message>
    <message>
        <source>Tasks wait where they stopped and go on from there when you resume.</source>
        <translation>Las tareas esperan donde se detuvieron y continúan desde ahí cuando reanudas.</translation>
    </message>
    <message>
        <source>Paused until you resume</source>
        <translation>En pausa hasta que lo reanudes</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>En pausa hasta %1</translation>
    </message>
    <message>
        <source>Running now until %1, even while you use the computer</source>
        <translation>Trabajando ahora hasta %1, aunque uses el equipo</translation>
    </message>
    <message>
        <source>Run tasks without a sandbox?</source>
        <translation>¿Ejecutar tareas sin aislamiento?</translation>
    </message>
    <message>
        <source>Tasks come from the network&apos;s strangers. Without a sandbox they run as you: they could read your files and use the network. They still run only when you are away and at the lowest priority.

Installing bubblewrap is safer. You can turn this off again in Settings.</source>
        <translation>Las tareas vienen de desconocidos de la red. Sin aislamiento se ejecutan como tú: podrían leer tus archivos y usar la red. Aun así, solo se ejecutan cuando no usas el equipo y con la prioridad más baja.

Instalar bubblewrap es más seguro. Puedes volver a desactivarlo en Ajustes.</translation>
    </message>
    <message>
        <source>Run without a sandbox</source>
        <translation>Ejecutar sin aislamiento</translation>
    </message>
    <message>
        <source>A task</source>
        <translation>Una tarea</translation>
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
        <translation>%1 — %2, suspendida</translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <translation>%1 — %2 · %3</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Progreso de %1</translation>
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
        <translation>Aún no se pudo leer ningún saldo de %1.</translation>
    </message>
    <message>
        <source>Showing the balance from %1.</source>
        <translation>Se muestra el último saldo leído (%1).</translation>
    </message>
    <message>
        <source>%1 %2 Trying again in a minute. Check your internet connection, or change “Blockchain node address” in Settings.</source>
        <translation>%1 %2 Nuevo intento en un minuto. Comprueba tu conexión a internet o cambia “Dirección del nodo de blockchain” en Ajustes.</translation>
    </message>
    <message>
        <source>Reading the balance of %1 from the blockchain…</source>
        <translation>Leyendo el saldo de %1 en la blockchain…</translation>
    </message>
    <message>
        <source>Read from the blockchain at %1 for %2.</source>
        <translation>Leído de la blockchain para %2 (%1).</translation>
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
        <translation>Tiempo trabajado en los últimos 7 días</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Procesador</translation>
    </message>
    <message>
        <source>Graphics card</source>
        <translation>Tarjeta gráfica</translation>
    </message>
</context>
<context>
    <name>sc::ui::RangeSelector</name>
    <message>
        <source>7 days</source>
        <translation>7 días</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 días</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
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
        <translation>Horas en que pueden ejecutarse las tareas</translation>
    </message>
    <message>
        <source>A week, one row per day and one column per hour. Filled hours are when tasks may run. Arrow keys move, Space switches an hour.</source>
        <translation>Una semana, una fila por día y una columna por hora. Las horas rellenas son cuando pueden ejecutarse las tareas. Las flechas mueven; la barra espaciadora cambia una hora.</translation>
    </message>
</context>
<context>
    <name>sc::ui::SettingsPage</name>
    <message>
        <source>Move</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restaurar valores por defecto</translation>
    </message>
    <message>
        <source>Restore the defaults of “%1”</source>
        <translation>Restaurar los valores por defecto de “%1”</translation>
    </message>
    <message>
        <source>Puts every choice in “%1” back as SpareCycles came.</source>
        <translation>Deja todas las opciones de “%1” como venían con SpareCycles.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>When to run</source>
        <translation>Cuándo trabajar</translation>
    </message>
    <message>
        <source>Only while I’m away from the computer</source>
        <translation>Solo cuando no estoy usando el equipo</translation>
    </message>
    <message>
        <source>Start after I have been away for</source>
        <translation>Empezar tras una ausencia de</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes away before tasks start</source>
        <translation>Minutos de ausencia antes de que empiecen las tareas</translation>
    </message>
    <message>
        <source>Always, but slowed down while I use the computer</source>
        <translation>Siempre, pero más despacio mientras uso el equipo</translation>
    </message>
    <message>
        <source>While I use it, tasks get</source>
        <translation>Mientras lo uso, las tareas reciben</translation>
    </message>
    <message>
        <source>%1 % of the processor time</source>
        <translation>el %1 % del tiempo de procesador</translation>
    </message>
    <message>
        <source>Processor time for tasks while you use the computer</source>
        <translation>Tiempo de procesador para las tareas mientras usas el equipo</translation>
    </message>
    <message>
        <source>Always, at full speed</source>
        <translation>Siempre, a toda velocidad</translation>
    </message>
    <message>
        <source>Tasks always run at the lowest priority, so the programs you use come first.</source>
        <translation>Las tareas siempre se ejecutan con la prioridad más baja, para que los programas que usas vayan primero.</translation>
    </message>
    <message>
        <source>Also use the graphics card while I use the computer</source>
        <translation>Usar también la tarjeta gráfica mientras uso el equipo</translation>
    </message>
    <message>
        <source>Hours when tasks may run (click or drag to change):</source>
        <translation>Horas en que pueden ejecutarse las tareas (haz clic o arrastra para cambiarlas):</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>A cualquier hora</translation>
    </message>
    <message>
        <source>Allow every hour of the week.</source>
        <translation>Permitir todas las horas de la semana.</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>Processor cores tasks may use</source>
        <translation>Núcleos del procesador que pueden usar las tareas</translation>
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
        <translation>Núcleos del procesador:</translation>
    </message>
    <message>
        <source>Processor time:</source>
        <translation>Tiempo de procesador:</translation>
    </message>
    <message>
        <source>Processor time each task may use</source>
        <translation>Tiempo de procesador que puede usar cada tarea</translation>
    </message>
    <message>
        <source>%1 % of each core&apos;s time</source>
        <translation>el %1 % del tiempo de cada núcleo</translation>
    </message>
    <message>
        <source>Memory while I use the computer:</source>
        <translation>Memoria mientras uso el equipo:</translation>
    </message>
    <message>
        <source>Memory tasks may use while you use the computer</source>
        <translation>Memoria que pueden usar las tareas mientras usas el equipo</translation>
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
        <translation>Memoria mientras no lo uso:</translation>
    </message>
    <message>
        <source>Memory tasks may use while you are away</source>
        <translation>Memoria que pueden usar las tareas mientras no usas el equipo</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>Disk space always left free</source>
        <translation>Espacio en disco que siempre queda libre</translation>
    </message>
    <message>
        <source>Always leave free on the disk:</source>
        <translation>Dejar siempre libre en el disco:</translation>
    </message>
    <message>
        <source>Disk space tasks may use at most</source>
        <translation>Espacio en disco que pueden usar como máximo las tareas</translation>
    </message>
    <message>
        <source>Disk space for tasks, at most:</source>
        <translation>Espacio en disco para tareas, como máximo:</translation>
    </message>
    <message>
        <source>Pause tasks while other programs keep the processor busy</source>
        <translation>Pausar las tareas mientras otros programas mantengan ocupado el procesador</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>above %1 % of the processor</source>
        <translation>más del %1 % del procesador</translation>
    </message>
    <message>
        <source>How busy other programs must keep the processor</source>
        <translation>Cuánto deben ocupar el procesador otros programas</translation>
    </message>
    <message>
        <source>When they use</source>
        <translation>Cuando usen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds other programs must be busy before tasks pause</source>
        <translation>Segundos que otros programas deben estar ocupados antes de pausar las tareas</translation>
    </message>
    <message>
        <source>Pause once they have been busy for:</source>
        <translation>Pausar cuando lleven ocupados:</translation>
    </message>
    <message>
        <source>Seconds tasks stay paused at least</source>
        <translation>Segundos que las tareas siguen en pausa como mínimo</translation>
    </message>
    <message>
        <source>Then stay paused for at least:</source>
        <translation>Después, seguir en pausa al menos:</translation>
    </message>
    <message>
        <source>Pause while one of these programs runs (a game, for example):</source>
        <translation>Pausar mientras se ejecute uno de estos programas (por ejemplo, un juego):</translation>
    </message>
    <message>
        <source>Programs that pause tasks while they run</source>
        <translation>Programas que pausan las tareas mientras se ejecutan</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Pause for a program</source>
        <translation>Pausar por un programa</translation>
    </message>
    <message>
        <source>The program’s name as the system lists it (for example steam or blender):</source>
        <translation>El nombre del programa tal como lo muestra el sistema (por ejemplo, steam o blender):</translation>
    </message>
    <message>
        <source>Run tasks even where they cannot be shut in a sandbox</source>
        <translation>Ejecutar tareas aunque no se puedan aislar</translation>
    </message>
    <message>
        <source>Not recommended: without a sandbox a task could read your files. SpareCycles uses a sandbox wherever this computer can set one up.</source>
        <translation>No recomendado: sin aislamiento, una tarea podría leer tus archivos. SpareCycles aísla las tareas siempre que este equipo lo permite.</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Tasks slow down as the temperature nears the limit and stop above it, so the computer never runs hotter than you allow.</source>
        <translation>Las tareas van más despacio cuando la temperatura se acerca al límite y se detienen si lo supera, para que el equipo nunca se caliente más de lo que permites.</translation>
    </message>
    <message>
        <source> °C</source>
        <translation> °C</translation>
    </message>
    <message>
        <source>Processor: keep below</source>
        <translation>Procesador: no superar</translation>
    </message>
    <message>
        <source>Processor temperature limit</source>
        <translation>Límite de temperatura del procesador</translation>
    </message>
    <message>
        <source>Graphics card: keep below</source>
        <translation>Tarjeta gráfica: no superar</translation>
    </message>
    <message>
        <source>Graphics card temperature limit</source>
        <translation>Límite de temperatura de la tarjeta gráfica</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Batería</translation>
    </message>
    <message>
        <source>Pause tasks</source>
        <translation>Pausar las tareas</translation>
    </message>
    <message>
        <source>Run only while the battery is charged enough</source>
        <translation>Trabajar solo si la batería tiene carga suficiente</translation>
    </message>
    <message>
        <source>Run as on mains power</source>
        <translation>Trabajar igual que enchufado</translation>
    </message>
    <message>
        <source>What tasks do on battery</source>
        <translation>Qué hacen las tareas con batería</translation>
    </message>
    <message>
        <source>On battery:</source>
        <translation>Con batería:</translation>
    </message>
    <message>
        <source>above %1 %</source>
        <translation>más del %1 %</translation>
    </message>
    <message>
        <source>Battery charge tasks need</source>
        <translation>Carga de batería que necesitan las tareas</translation>
    </message>
    <message>
        <source>Run while charged:</source>
        <translation>Trabajar con carga de:</translation>
    </message>
    <message>
        <source>On a computer without a battery this changes nothing.</source>
        <translation>En un equipo sin batería, esto no cambia nada.</translation>
    </message>
    <message>
        <source>Network and payout</source>
        <translation>Red y pagos</translation>
    </message>
    <message>
        <source>Work for:</source>
        <translation>Trabajar para:</translation>
    </message>
    <message>
        <source>The demo network on this computer (its credit has no value)</source>
        <translation>La red de demostración en este equipo (su crédito no tiene valor)</translation>
    </message>
    <message>
        <source>The network at this address:</source>
        <translation>La red en esta dirección:</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Address of the network</source>
        <translation>Dirección de la red</translation>
    </message>
    <message>
        <source>&amp;Join…</source>
        <translation>&amp;Unirse…</translation>
    </message>
    <message>
        <source>the demo network on this computer</source>
        <translation>la red de demostración en este equipo</translation>
    </message>
    <message>
        <source>Payout address (where the network sends what you earn):</source>
        <translation>Dirección de pago (adonde la red envía lo que ganas):</translation>
    </message>
    <message>
        <source>0x… (your wallet’s address; you can add it later)</source>
        <translation>0x… (dirección de tu billetera; puedes añadirla más tarde)</translation>
    </message>
    <message>
        <source>Payout address</source>
        <translation>Dirección de pago</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the payout address</source>
        <translation>Copiar la dirección de pago</translation>
    </message>
    <message>
        <source>Create or import a wallet…</source>
        <translation>Crear o importar una billetera…</translation>
    </message>
    <message>
        <source>No wallet yet? SpareCycles can make one for you, or bring in one you have from its recovery words or a wallet file.</source>
        <translation>¿Aún no tienes billetera? SpareCycles puede crearte una, o importar la que ya tienes con sus palabras de recuperación o desde un archivo de billetera.</translation>
    </message>
    <message>
        <source>Export wallet…</source>
        <translation>Exportar la billetera…</translation>
    </message>
    <message>
        <source>Save a copy of the wallet SpareCycles holds to a file locked with a password.</source>
        <translation>Guardar una copia de la billetera que tiene SpareCycles en un archivo bloqueado con contraseña.</translation>
    </message>
    <message>
        <source>Blockchain node to read your wallet balance from:</source>
        <translation>Nodo de blockchain del que leer el saldo de tu billetera:</translation>
    </message>
    <message>
        <source>The one your network suggests</source>
        <translation>El que sugiere tu red</translation>
    </message>
    <message>
        <source>Blockchain node address</source>
        <translation>Dirección del nodo de blockchain</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Tell me when:</source>
        <translation>Avisarme cuando:</translation>
    </message>
    <message>
        <source>a payout arrives</source>
        <translation>llegue un pago</translation>
    </message>
    <message>
        <source>tasks stop because the computer got too hot</source>
        <translation>las tareas se detengan porque el equipo se calentó demasiado</translation>
    </message>
    <message>
        <source>a task fails again and again</source>
        <translation>una tarea falle una y otra vez</translation>
    </message>
    <message>
        <source>the network has been out of reach for half an hour</source>
        <translation>no se pueda contactar con la red durante media hora</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
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
        <translation>Icono oscuro, para un panel claro</translation>
    </message>
    <message>
        <source>Light icon, for a dark panel</source>
        <translation>Icono claro, para un panel oscuro</translation>
    </message>
    <message>
        <source>Tray icon colour</source>
        <translation>Color del icono de la bandeja</translation>
    </message>
    <message>
        <source>Tray icon:</source>
        <translation>Icono de la bandeja:</translation>
    </message>
    <message>
        <source>Start SpareCycles when I log in</source>
        <translation>Iniciar SpareCycles al iniciar sesión</translation>
    </message>
    <message>
        <source>Choose at least one hour, or tasks could never run.</source>
        <translation>Elige al menos una hora; si no, las tareas nunca podrían ejecutarse.</translation>
    </message>
    <message>
        <source>Type the network’s address, such as https://hub.example.org.</source>
        <translation>Escribe la dirección de la red, como https://hub.example.org.</translation>
    </message>
    <message>
        <source>A network’s address starts with https:// or http://, such as https://hub.example.org.</source>
        <translation>La dirección de una red empieza por https:// o http://, como https://hub.example.org.</translation>
    </message>
    <message>
        <source>Move to another network?</source>
        <translation>¿Cambiar a otra red?</translation>
    </message>
    <message>
        <source>Move to %1?

Tasks of the network you work for now that have not finished are dropped, and this computer starts on tasks from the new one. The credit you earned stays in your history.</source>
        <translation>¿Cambiar a %1?

Las tareas sin terminar de la red para la que trabajas ahora se descartan, y este equipo empieza con tareas de la nueva. El crédito que ganaste se queda en tu historial.</translation>
    </message>
    <message>
        <source>SpareCycles now works for %1.</source>
        <translation>SpareCycles trabaja ahora para %1.</translation>
    </message>
    <message>
        <source>Go back to %1</source>
        <translation>Volver a %1</translation>
    </message>
    <message>
        <source>Tasks may run at any hour.</source>
        <translation>Las tareas pueden ejecutarse a cualquier hora.</translation>
    </message>
    <message numerus="yes">
        <source>Tasks may run %n of the 168 hours of a week.</source>
        <translation>
            <numerusform>Las tareas pueden ejecutarse %n de las 168 horas de la semana.</numerusform>
            <numerusform>Las tareas pueden ejecutarse %n de las 168 horas de la semana.</numerusform>
        </translation>
    </message>
    <message>
        <source>Now %1 °C</source>
        <translation>Ahora %1 °C</translation>
    </message>
    <message>
        <source>This computer does not report it</source>
        <translation>Este equipo no la indica</translation>
    </message>
    <message>
        <source>No graphics card reports it</source>
        <translation>Ninguna tarjeta gráfica la indica</translation>
    </message>
    <message>
        <source>Let tasks use the graphics card</source>
        <translation>Permitir que las tareas usen la tarjeta gráfica</translation>
    </message>
</context>
<context>
    <name>sc::ui::ThisPcPage</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Your computer</source>
        <translation>Tu equipo</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>&amp;Measure speed now</source>
        <translation>&amp;Medir la velocidad ahora</translation>
    </message>
    <message>
        <source>Measure this computer&apos;s speed now</source>
        <translation>Medir ahora la velocidad de este equipo</translation>
    </message>
    <message>
        <source>Unknown processor</source>
        <translation>Procesador desconocido</translation>
    </message>
    <message>
        <source>%1 cores, can run %2 tasks at once</source>
        <translation>%1 núcleos, puede ejecutar %2 tareas a la vez</translation>
    </message>
    <message>
        <source>can run %1 tasks at once</source>
        <translation>puede ejecutar %1 tareas a la vez</translation>
    </message>
    <message>
        <source>up to %1 GHz</source>
        <translation>hasta %1 GHz</translation>
    </message>
    <message>
        <source>Processor:</source>
        <translation>Procesador:</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Memoria:</translation>
    </message>
    <message>
        <source>%1 (%2 free now)</source>
        <translation>%1 (%2 libres ahora)</translation>
    </message>
    <message>
        <source>, %1 memory</source>
        <translation>, %1 de memoria</translation>
    </message>
    <message>
        <source>Graphics:</source>
        <translation>Gráficos:</translation>
    </message>
    <message>
        <source>No graphics card that tasks can use was found.</source>
        <translation>No se encontró ninguna tarjeta gráfica que puedan usar las tareas.</translation>
    </message>
    <message>
        <source>Free disk space:</source>
        <translation>Espacio libre en disco:</translation>
    </message>
    <message>
        <source>%1 in the SpareCycles folder</source>
        <translation>%1 en la carpeta de SpareCycles</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>Sistema:</translation>
    </message>
    <message>
        <source>Battery:</source>
        <translation>Batería:</translation>
    </message>
    <message>
        <source>Yes. Tasks follow the battery rules in Settings.</source>
        <translation>Sí. Las tareas siguen las reglas de batería de Ajustes.</translation>
    </message>
    <message>
        <source>No (this computer runs on mains power).</source>
        <translation>No (este equipo funciona enchufado a la corriente).</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>Temperatura:</translation>
    </message>
    <message>
        <source>%1 °C now (measured by %2)</source>
        <translation>%1 °C ahora (medida por %2)</translation>
    </message>
    <message>
        <source>This computer does not report its processor temperature, so SpareCycles cannot slow tasks down when it gets hot.</source>
        <translation>Este equipo no informa de la temperatura del procesador, así que SpareCycles no puede frenar las tareas cuando se calienta.</translation>
    </message>
    <message>
        <source>The speed of this computer has not been measured yet. It takes a few seconds and runs at low priority.</source>
        <translation>La velocidad de este equipo aún no se ha medido. Tarda unos segundos y se ejecuta con prioridad baja.</translation>
    </message>
    <message numerus="yes">
        <source>Measured on %1 using %n threads. Higher numbers are faster.</source>
        <translation>
            <numerusform>Medido el %1 con %n hilo. Cuanto más alto el número, más rápido.</numerusform>
            <numerusform>Medido el %1 con %n hilos. Cuanto más alto el número, más rápido.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall score:</source>
        <translation>Puntuación global:</translation>
    </message>
    <message>
        <source>Whole-number work:</source>
        <translation>Cálculo con enteros:</translation>
    </message>
    <message>
        <source>%1 million operations per second (one core: %2)</source>
        <translation>%1 millones de operaciones por segundo (un núcleo: %2)</translation>
    </message>
    <message>
        <source>Decimal maths:</source>
        <translation>Cálculo con decimales:</translation>
    </message>
    <message>
        <source>Memory speed:</source>
        <translation>Velocidad de memoria:</translation>
    </message>
    <message>
        <source>%1 GB per second (one core: %2)</source>
        <translation>%1 GB por segundo (un núcleo: %2)</translation>
    </message>
    <message>
        <source>Measuring… (a few seconds)</source>
        <translation>Midiendo… (unos segundos)</translation>
    </message>
</context>
<context>
    <name>sc::ui::TrayController</name>
    <message>
        <source>SpareCycles menu</source>
        <translation>Menú de SpareCycles</translation>
    </message>
    <message>
        <source>&amp;Open dashboard</source>
        <translation>&amp;Abrir el panel</translation>
    </message>
    <message>
        <source>Pause for 1 &amp;hour</source>
        <translation>Pausar 1 &amp;hora</translation>
    </message>
    <message>
        <source>Pause until &amp;tomorrow</source>
        <translation>Pausar hasta &amp;mañana</translation>
    </message>
    <message>
        <source>Pause until I &amp;resume</source>
        <translation>Pausar hasta que lo &amp;reanude</translation>
    </message>
    <message>
        <source>R&amp;esume</source>
        <translation>R&amp;eanudar</translation>
    </message>
    <message>
        <source>Run &amp;now for an hour, even while I use the computer</source>
        <translation>&amp;Trabajar ahora una hora, aunque use el equipo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>SpareCycles: %1</source>
        <translation>SpareCycles: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks running</source>
        <translation>
            <numerusform>%n tarea en ejecución</numerusform>
            <numerusform>%n tareas en ejecución</numerusform>
        </translation>
    </message>
    <message>
        <source>Earned today: %1</source>
        <translation>Ganado hoy: %1</translation>
    </message>
</context>
<context>
    <name>sc::ui::WalletDialog</name>
    <message>
        <source>Your wallet</source>
        <translation>Tu billetera</translation>
    </message>
    <message>
        <source>A wallet for your payouts</source>
        <translation>Una billetera para tus pagos</translation>
    </message>
    <message>
        <source>A wallet is where the tokens you earn with this computer&apos;s spare time are paid to; SpareCycles can make one for you and keep its key on this computer. A new wallet comes with 12 recovery words, and those words are the only way back to it if this computer breaks or is lost.</source>
        <translation>Una billetera es donde se pagan los tokens que ganas con el tiempo libre de este equipo; SpareCycles puede crearte una y guardar su clave en este equipo. Una billetera nueva viene con 12 palabras de recuperación, y esas palabras son la única forma de recuperarla si este equipo se estropea o se pierde.</translation>
    </message>
    <message>
        <source>&amp;Make a new wallet for me</source>
        <translation>&amp;Crear una billetera nueva para mí</translation>
    </message>
    <message>
        <source>I have a wallet: bring it in with its recovery &amp;words</source>
        <translation>Tengo una billetera: importarla con sus &amp;palabras de recuperación</translation>
    </message>
    <message>
        <source>I have a wallet: bring it in from a wallet &amp;file</source>
        <translation>Tengo una billetera: importarla desde un &amp;archivo de billetera</translation>
    </message>
    <message>
        <source>A Web3 keystore (v3) JSON file, as MetaMask, MyEtherWallet or geth save it.</source>
        <translation>Un archivo JSON Web3 keystore (v3), como los que guardan MetaMask, MyEtherWallet o geth.</translation>
    </message>
    <message>
        <source>&amp;Save a copy of the wallet to a file</source>
        <translation>&amp;Guardar una copia de la billetera en un archivo</translation>
    </message>
    <message>
        <source>Write down your 12 recovery words</source>
        <translation>Anota tus 12 palabras de recuperación</translation>
    </message>
    <message>
        <source>Write these words on paper, in this order, and keep the paper somewhere safe. Anyone who sees them can take everything in the wallet, and nobody, not even SpareCycles, can give them to you again: they are shown only this once.</source>
        <translation>Escribe estas palabras en papel, en este orden, y guarda el papel en un lugar seguro. Quien las vea puede llevarse todo lo que hay en la billetera, y nadie, ni siquiera SpareCycles, puede volver a dártelas: solo se muestran esta vez.</translation>
    </message>
    <message>
        <source>A BIP-39 recovery phrase (English word list); the wallet&apos;s first account (m/44&apos;/60&apos;/0&apos;/0/0) receives the payouts.</source>
        <translation>Una frase de recuperación BIP-39 (lista de palabras en inglés); la primera cuenta de la billetera (m/44&apos;/60&apos;/0&apos;/0/0) recibe los pagos.</translation>
    </message>
    <message>
        <source>I &amp;wrote them down</source>
        <translation>Ya las he &amp;anotado</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>Check your paper</source>
        <translation>Comprueba tu papel</translation>
    </message>
    <message>
        <source>Type the words your paper has at these numbers.</source>
        <translation>Escribe las palabras que tu papel tiene en estos números.</translation>
    </message>
    <message>
        <source>Choose a password</source>
        <translation>Elige una contraseña</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repite la contraseña</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>Your recovery words</source>
        <translation>Tus palabras de recuperación</translation>
    </message>
    <message>
        <source>Type or paste the 12 or 24 recovery words of your wallet, in order, separated by spaces. Payouts will go to the wallet&apos;s first account.</source>
        <translation>Escribe o pega las 12 o 24 palabras de recuperación de tu billetera, en orden y separadas por espacios. Los pagos irán a la primera cuenta de la billetera.</translation>
    </message>
    <message>
        <source>Recovery words</source>
        <translation>Palabras de recuperación</translation>
    </message>
    <message>
        <source>A BIP-39 phrase in English; the account used is m/44&apos;/60&apos;/0&apos;/0/0.</source>
        <translation>Una frase BIP-39 en inglés; la cuenta usada es m/44&apos;/60&apos;/0&apos;/0/0.</translation>
    </message>
    <message>
        <source>Your wallet file</source>
        <translation>Tu archivo de billetera</translation>
    </message>
    <message>
        <source>Choose the file your wallet was saved in (MetaMask, MyEtherWallet and SpareCycles save a file ending in .json) and type its password.</source>
        <translation>Elige el archivo en el que se guardó tu billetera (MetaMask, MyEtherWallet y SpareCycles guardan un archivo que termina en .json) y escribe su contraseña.</translation>
    </message>
    <message>
        <source>Wallet &amp;file:</source>
        <translation>&amp;Archivo de billetera:</translation>
    </message>
    <message>
        <source>Wallet file</source>
        <translation>Archivo de billetera</translation>
    </message>
    <message>
        <source>Wallet files (*.json *.keystore);;All files (*)</source>
        <translation>Archivos de billetera (*.json *.keystore);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>A Web3 keystore (v3) JSON file.</source>
        <translation>Un archivo JSON Web3 keystore (v3).</translation>
    </message>
    <message>
        <source>Password of the file</source>
        <translation>Contraseña del archivo</translation>
    </message>
    <message>
        <source>Save a copy of your wallet</source>
        <translation>Guarda una copia de tu billetera</translation>
    </message>
    <message>
        <source>The copy is a file locked with a password. MetaMask and most other wallets can open it; keep it as safe as your recovery words.</source>
        <translation>La copia es un archivo bloqueado con contraseña. MetaMask y la mayoría de las billeteras pueden abrirlo; guárdalo con tanto cuidado como tus palabras de recuperación.</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Guardar &amp;como:</translation>
    </message>
    <message>
        <source>Save the wallet as</source>
        <translation>Guardar la billetera como</translation>
    </message>
    <message>
        <source>Wallet files (*.json)</source>
        <translation>Archivos de billetera (*.json)</translation>
    </message>
    <message>
        <source>Written as a Web3 keystore (v3) JSON file, readable only by you.</source>
        <translation>Se escribe como un archivo JSON Web3 keystore (v3) que solo tú puedes leer.</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>La misma contraseña otra vez</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>An EIP-55 address on an EVM chain.</source>
        <translation>Una dirección EIP-55 en una cadena EVM.</translation>
    </message>
    <message>
        <source>Looking for this computer&apos;s keychain… (this can take a few seconds)</source>
        <translation>Buscando el llavero de este equipo… (puede tardar unos segundos)</translation>
    </message>
    <message>
        <source>SpareCycles keeps a wallet for this computer in %1.</source>
        <translation>SpareCycles guarda una billetera para este equipo en %1.</translation>
    </message>
    <message>
        <source>Its address is %1.</source>
        <translation>Su dirección es %1.</translation>
    </message>
    <message>
        <source>It is never replaced, because it holds the key of your payouts; you can save a copy.</source>
        <translation>Nunca se reemplaza, porque contiene la clave de tus pagos; puedes guardar una copia.</translation>
    </message>
    <message>
        <source>There is no wallet made by SpareCycles here yet, so there is nothing to save. Make one or bring yours in.</source>
        <translation>Aquí todavía no hay ninguna billetera creada por SpareCycles, así que no hay nada que guardar. Crea una o importa la tuya.</translation>
    </message>
    <message>
        <source>The wallet&apos;s key will be kept in the system keychain, which your login unlocks.</source>
        <translation>La clave de la billetera se guardará en el llavero del sistema, que se desbloquea al iniciar sesión.</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the wallet will be kept in a file locked with a password: %1</source>
        <translation>Este equipo no tiene llavero, así que la billetera se guardará en un archivo bloqueado con contraseña: %1</translation>
    </message>
    <message>
        <source>Word %1:</source>
        <translation>Palabra %1:</translation>
    </message>
    <message>
        <source>Word %1</source>
        <translation>Palabra %1</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the wallet is kept in a file locked with a password. Choose one of at least %1 characters: it is asked for when you save a copy of the wallet. If you forget it, your recovery words still bring the wallet back.</source>
        <translation>Este equipo no tiene llavero, así que la billetera se guarda en un archivo bloqueado con contraseña. Elige una de al menos %1 caracteres: se te pedirá cuando guardes una copia de la billetera. Si la olvidas, podrás restaurar la billetera igualmente con tus palabras de recuperación.</translation>
    </message>
    <message>
        <source>The copy is locked with the password of your wallet. Type it:</source>
        <translation>La copia se bloquea con la contraseña de tu billetera. Escríbela:</translation>
    </message>
    <message>
        <source>Choose a password for the copy (at least %1 characters); it is needed to open the copy:</source>
        <translation>Elige una contraseña para la copia (al menos %1 caracteres); se necesita para abrir la copia:</translation>
    </message>
    <message>
        <source>Your wallet&apos;s password</source>
        <translation>La contraseña de tu billetera</translation>
    </message>
    <message>
        <source>A new password</source>
        <translation>Una contraseña nueva</translation>
    </message>
    <message>
        <source>Word %1 is not the word that was shown.</source>
        <translation>La palabra %1 no es la que se mostró.</translation>
    </message>
    <message>
        <source>Words %1 are not the words that were shown.</source>
        <translation>Las palabras %1 no son las que se mostraron.</translation>
    </message>
    <message>
        <source>Look at your paper and type again. Nothing has been saved. If you did not write the words down, press Cancel and start again for new words.</source>
        <translation>Mira tu papel y vuelve a escribirlas. No se ha guardado nada. Si no anotaste las palabras, pulsa Cancelar y vuelve a empezar para obtener palabras nuevas.</translation>
    </message>
    <message>
        <source>A copy of your wallet is saved</source>
        <translation>Se guardó una copia de tu billetera</translation>
    </message>
    <message>
        <source>The copy holds the key of this address:</source>
        <translation>La copia contiene la clave de esta dirección:</translation>
    </message>
    <message>
        <source>The copy is in %1, locked with %2. To use the wallet elsewhere, open that file in MetaMask or another wallet (&quot;import a JSON file&quot;).</source>
        <translation>La copia está en %1, bloqueada con %2. Para usar la billetera en otro sitio, abre ese archivo en MetaMask o en otra billetera (“importar un archivo JSON”).</translation>
    </message>
    <message>
        <source>your wallet&apos;s password</source>
        <translation>la contraseña de tu billetera</translation>
    </message>
    <message>
        <source>the password you just chose</source>
        <translation>la contraseña que acabas de elegir</translation>
    </message>
    <message>
        <source>Your wallet is ready</source>
        <translation>Tu billetera está lista</translation>
    </message>
    <message>
        <source>Its key is kept in %1.</source>
        <translation>Su clave se guarda en %1.</translation>
    </message>
    <message>
        <source>Keep your paper with the 12 words safe: it is the only way back to this wallet.</source>
        <translation>Guarda bien tu papel con las 12 palabras: es la única forma de recuperar esta billetera.</translation>
    </message>
    <message>
        <source>Until now payouts went to %1; what was paid there stays there.</source>
        <translation>Hasta ahora los pagos iban a %1; lo que se pagó allí se queda allí.</translation>
    </message>
    <message>
        <source>Payouts now go to this address:</source>
        <translation>Ahora los pagos van a esta dirección:</translation>
    </message>
</context>
<context>
    <name>sc::ui::WalletPage</name>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
</context>
<context>
    <name>sc::ui::WordGrid</name>
    <message>
        <source>Recovery words</source>
        <translation>Palabras de recuperación</translation>
    </message>
    <message>
        <source>Word %1</source>
        <translation>Palabra %1</translation>
    </message>
</context>
</TS>
