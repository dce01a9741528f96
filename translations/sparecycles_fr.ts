<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>DataFolder</name>
    <message>
        <source>Cannot create the data folder %1. Check that it is writable.</source>
        <translation>Impossible de créer le dossier de données %1. Vérifiez qu’il est accessible en écriture.</translation>
    </message>
    <message>
        <source>Another SpareCycles engine (process %1) is already using %2.</source>
        <translation>Un autre moteur SpareCycles (processus %1) utilise déjà %2.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space and start SpareCycles again.</source>
        <translation>Le disque contenant %1 est plein. Libérez de la place et relancez SpareCycles.</translation>
    </message>
    <message>
        <source>Cannot write to the data folder %1. Check that it is writable and the disk is not full.</source>
        <translation>Impossible d’écrire dans le dossier de données %1. Vérifiez qu’il est accessible en écriture et que le disque n’est pas plein.</translation>
    </message>
</context>
<context>
    <name>DeviceIdentity</name>
    <message numerus="yes">
        <source>%1 of credit not yet paid out and %n unfinished tasks belong to this computer under that key.</source>
        <translation>
            <numerusform>%1 de crédit pas encore versé et %n tâche non terminée appartiennent à cet ordinateur sous cette clé.</numerusform>
            <numerusform>%1 de crédit pas encore versé et %n tâches non terminées appartiennent à cet ordinateur sous cette clé.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of credit not yet paid out belongs to this computer under that key.</source>
        <translation>%1 de crédit pas encore versé appartient à cet ordinateur sous cette clé.</translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished tasks belong to this computer under that key.</source>
        <translation>
            <numerusform>%n tâche non terminée appartient à cet ordinateur sous cette clé.</numerusform>
            <numerusform>%n tâches non terminées appartiennent à cet ordinateur sous cette clé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer is now a new device on the network, with a new key. %n tasks of the old identity were dropped.</source>
        <translation>
            <numerusform>Cet ordinateur est maintenant un nouvel appareil sur le réseau, avec une nouvelle clé. %n tâche de l’ancienne identité a été abandonnée.</numerusform>
            <numerusform>Cet ordinateur est maintenant un nouvel appareil sur le réseau, avec une nouvelle clé. %n tâches de l’ancienne identité ont été abandonnées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot record the device&apos;s identity in %1. Check that the disk is not full.</source>
        <translation>Impossible d’enregistrer l’identité de l’appareil dans %1. Vérifiez que le disque n’est pas plein.</translation>
    </message>
    <message>
        <source>The backup copy of the device key could not be written (%1).</source>
        <translation>La copie de sauvegarde de la clé de l’appareil n’a pas pu être écrite (%1).</translation>
    </message>
    <message>
        <source>Cannot write the device key in %1. Check that the disk is not full.</source>
        <translation>Impossible d’écrire la clé de l’appareil dans %1. Vérifiez que le disque n’est pas plein.</translation>
    </message>
    <message>
        <source>The key in %1 is not the one this computer joined the network with: the file was replaced.</source>
        <translation>La clé dans %1 n’est pas celle avec laquelle cet ordinateur a rejoint le réseau&#xa0;: le fichier a été remplacé.</translation>
    </message>
    <message>
        <source>The device key was damaged; it was restored from its backup copy, and this computer keeps its identity on the network.</source>
        <translation>La clé de l’appareil était endommagée&#xa0;; elle a été restaurée depuis sa copie de sauvegarde, et cet ordinateur garde son identité sur le réseau.</translation>
    </message>
    <message>
        <source>The device key was missing; it was restored from its backup copy, and this computer keeps its identity on the network.</source>
        <translation>La clé de l’appareil manquait&#xa0;; elle a été restaurée depuis sa copie de sauvegarde, et cet ordinateur garde son identité sur le réseau.</translation>
    </message>
    <message>
        <source>The device key was restored from the system keychain, and this computer keeps its identity on the network.</source>
        <translation>La clé de l’appareil a été restaurée depuis le trousseau du système, et cet ordinateur garde son identité sur le réseau.</translation>
    </message>
    <message>
        <source>Cannot make a device key.</source>
        <translation>Impossible de créer une clé d’appareil.</translation>
    </message>
    <message>
        <source>The key that identifies this computer on the network (%1) is damaged, and no backup copy was found.</source>
        <translation>La clé qui identifie cet ordinateur sur le réseau (%1) est endommagée, et aucune copie de sauvegarde n’a été trouvée.</translation>
    </message>
    <message>
        <source>The key that identifies this computer on the network is missing from %1, and no backup copy was found.</source>
        <translation>La clé qui identifie cet ordinateur sur le réseau est absente de %1, et aucune copie de sauvegarde n’a été trouvée.</translation>
    </message>
    <message>
        <source>%1 is not a SpareCycles device key (or it is damaged).</source>
        <translation>%1 n’est pas une clé d’appareil SpareCycles (ou elle est endommagée).</translation>
    </message>
    <message>
        <source>%1 is a device key, but not this computer&apos;s: it belongs to another device.</source>
        <translation>%1 est une clé d’appareil, mais pas celle de cet ordinateur&#xa0;: elle appartient à un autre appareil.</translation>
    </message>
    <message>
        <source>Cannot record the device&apos;s identity in %1.</source>
        <translation>Impossible d’enregistrer l’identité de l’appareil dans %1.</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>This computer&apos;s device key cannot be read: %1</source>
        <translation>Impossible de lire la clé de cet ordinateur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>EvmAddress</name>
    <message>
        <source>This is an example address from a guide, not your wallet&apos;s: payouts sent to it would be lost. Copy the address from your own wallet app.</source>
        <translation>Ceci est une adresse d’exemple tirée d’un guide, pas celle de votre portefeuille&#xa0;: les versements envoyés vers elle seraient perdus. Copiez l’adresse depuis votre propre application de portefeuille.</translation>
    </message>
    <message>
        <source>An address starts with 0x followed by 40 characters 0–9 and a–f.</source>
        <translation>Une adresse commence par 0x suivi de 40 caractères 0–9 et a–f.</translation>
    </message>
    <message>
        <source>The capital letters do not match the address&apos;s checksum: there is probably a typo. Copy the address again from your wallet.</source>
        <translation>Les majuscules ne correspondent pas à la somme de contrôle de l’adresse&#xa0;: il y a sans doute une faute de frappe. Copiez à nouveau l’adresse depuis votre portefeuille.</translation>
    </message>
</context>
<context>
    <name>FileWalletStore</name>
    <message>
        <source>the password-protected file %1</source>
        <translation>le fichier protégé par mot de passe %1</translation>
    </message>
    <message>
        <source>The wallet file needs a password.</source>
        <translation>Le fichier du portefeuille a besoin d’un mot de passe.</translation>
    </message>
    <message>
        <source>There is a wallet file already: %1. It is never replaced.</source>
        <translation>Il existe déjà un fichier de portefeuille&#xa0;: %1. Il n’est jamais remplacé.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write the wallet file in %1: %2.</source>
        <translation>Impossible d’écrire le fichier du portefeuille dans %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot write the wallet file %1: %2.</source>
        <translation>Impossible d’écrire le fichier du portefeuille %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>There is no wallet file %1.</source>
        <translation>Il n’y a pas de fichier de portefeuille %1.</translation>
    </message>
    <message>
        <source>Cannot open the wallet file %1: %2.</source>
        <translation>Impossible d’ouvrir le fichier du portefeuille %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>The wallet file %1 may be read by other users of this computer; make it yours alone (chmod 600 %1) and try again.</source>
        <translation>Le fichier du portefeuille %1 peut être lu par d’autres utilisateurs de cet ordinateur&#xa0;; rendez-le lisible par vous seul (chmod 600 %1) et réessayez.</translation>
    </message>
    <message>
        <source>Cannot read the wallet file %1: %2.</source>
        <translation>Impossible de lire le fichier du portefeuille %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Wrong password for the wallet file.</source>
        <translation>Mot de passe incorrect pour le fichier du portefeuille.</translation>
    </message>
    <message>
        <source>The wallet file %1 cannot be read: %2</source>
        <translation>Le fichier du portefeuille %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>HdKey</name>
    <message>
        <source>A wallet seed is 16 to 64 bytes.</source>
        <translation>Une graine de portefeuille fait 16 à 64 octets.</translation>
    </message>
    <message>
        <source>The key could not be derived (OpenSSL failed).</source>
        <translation>La clé n’a pas pu être dérivée (échec d’OpenSSL).</translation>
    </message>
    <message>
        <source>This seed gives no valid master key; use another one.</source>
        <translation>Cette graine ne donne pas de clé maîtresse valide&#xa0;; utilisez-en une autre.</translation>
    </message>
    <message>
        <source>A key path has at most %1 levels.</source>
        <translation>Un chemin de clé a au plus %1 niveaux.</translation>
    </message>
    <message>
        <source>The key could not be derived (secp256k1 failed).</source>
        <translation>La clé n’a pas pu être dérivée (échec de secp256k1).</translation>
    </message>
    <message>
        <source>Key index %1 is invalid for this key (a 1 in 2^127 case); use the next one.</source>
        <translation>L’index de clé %1 n’est pas valide pour cette clé (un cas sur 2^127)&#xa0;; utilisez le suivant.</translation>
    </message>
    <message>
        <source>A key path starts with &quot;m&quot;, as in %1.</source>
        <translation>Un chemin de clé commence par «&#xa0;m&#xa0;», comme dans %1.</translation>
    </message>
    <message>
        <source>Level %1 of the key path, &quot;%2&quot;, is not a number from 0 to 2147483647 (followed by &apos; for a hardened level).</source>
        <translation>Le niveau %1 du chemin de clé, «&#xa0;%2&#xa0;», n’est pas un nombre de 0 à 2147483647 (suivi de &apos; pour un niveau renforcé).</translation>
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
        <translation>L’identité de cet ordinateur sur le réseau attend votre décision</translation>
    </message>
    <message>
        <source>If you saved a copy of the key, put it back to keep everything. Or start as a new device: it starts with no tasks and no credit, and what belongs to the old identity is lost.</source>
        <translation>Si vous avez enregistré une copie de la clé, remettez-la pour tout garder. Ou démarrez comme nouvel appareil&#xa0;: il commence sans tâche ni crédit, et ce qui appartenait à l’ancienne identité est perdu.</translation>
    </message>
    <message>
        <source>Put a saved copy back…</source>
        <translation>Remettre une copie enregistrée…</translation>
    </message>
    <message>
        <source>Start as a new device</source>
        <translation>Démarrer comme nouvel appareil</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>The saved copy of the device key</source>
        <translation>La copie enregistrée de la clé de l’appareil</translation>
    </message>
    <message>
        <source>Device key (*.pem);;All files (*)</source>
        <translation>Clé d’appareil (*.pem);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>KeychainWalletStore</name>
    <message numerus="yes">
        <source>The system keychain did not answer within %n seconds.</source>
        <translation>
            <numerusform>Le trousseau du système n’a pas répondu en %n seconde.</numerusform>
            <numerusform>Le trousseau du système n’a pas répondu en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No system keychain (such as GNOME Keyring or KWallet) is running.</source>
        <translation>Aucun trousseau du système (comme GNOME Keyring ou KWallet) n’est lancé.</translation>
    </message>
    <message>
        <source>No system keychain (such as GNOME Keyring or KWallet) is running (%1).</source>
        <translation>Aucun trousseau du système (comme GNOME Keyring ou KWallet) n’est lancé (%1).</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>le trousseau du système</translation>
    </message>
    <message>
        <source>The system keychain holds a wallet for this data folder already.</source>
        <translation>Le trousseau du système contient déjà un portefeuille pour ce dossier de données.</translation>
    </message>
    <message>
        <source>The system keychain holds no wallet for this data folder.</source>
        <translation>Le trousseau du système ne contient aucun portefeuille pour ce dossier de données.</translation>
    </message>
    <message>
        <source>The wallet key in the system keychain is damaged.</source>
        <translation>La clé du portefeuille dans le trousseau du système est endommagée.</translation>
    </message>
    <message>
        <source>The system keychain holds no such entry.</source>
        <translation>Le trousseau du système ne contient pas cette entrée.</translation>
    </message>
</context>
<context>
    <name>Keystore</name>
    <message>
        <source>These scrypt settings are out of range.</source>
        <translation>Ces réglages scrypt sont hors limites.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>Le générateur de nombres aléatoires du système a échoué.</translation>
    </message>
    <message>
        <source>The key could not be encrypted (OpenSSL failed).</source>
        <translation>La clé n’a pas pu être chiffrée (échec d’OpenSSL).</translation>
    </message>
    <message>
        <source>This is not a keystore file (it is far too large).</source>
        <translation>Ce n’est pas un fichier keystore (il est bien trop gros).</translation>
    </message>
    <message>
        <source>This is not a keystore file (it is not JSON).</source>
        <translation>Ce n’est pas un fichier keystore (ce n’est pas du JSON).</translation>
    </message>
    <message>
        <source>Only version 3 keystore files can be read.</source>
        <translation>Seuls les fichiers keystore de version 3 peuvent être lus.</translation>
    </message>
    <message>
        <source>The keystore file has no &quot;crypto&quot; section.</source>
        <translation>Le fichier keystore n’a pas de section «&#xa0;crypto&#xa0;».</translation>
    </message>
    <message>
        <source>The keystore file uses the cipher &quot;%1&quot;; only aes-128-ctr is supported.</source>
        <translation>Le fichier keystore utilise le chiffrement «&#xa0;%1&#xa0;»&#xa0;; seul aes-128-ctr est pris en charge.</translation>
    </message>
    <message>
        <source>The keystore file is damaged (its iv, ciphertext or mac is missing or not hex of the right length).</source>
        <translation>Le fichier keystore est endommagé (son iv, ciphertext ou mac manque ou n’est pas de l’hexadécimal de la bonne longueur).</translation>
    </message>
    <message>
        <source>The keystore file does not hold an Ethereum private key.</source>
        <translation>Le fichier keystore ne contient pas de clé privée Ethereum.</translation>
    </message>
    <message>
        <source>The keystore file uses the key derivation &quot;%1&quot;; only scrypt and pbkdf2 are supported.</source>
        <translation>Le fichier keystore utilise la dérivation de clé «&#xa0;%1&#xa0;»&#xa0;; seuls scrypt et pbkdf2 sont pris en charge.</translation>
    </message>
    <message>
        <source>The keystore file is damaged (its salt or dklen is missing or wrong).</source>
        <translation>Le fichier keystore est endommagé (son salt ou dklen manque ou est faux).</translation>
    </message>
    <message>
        <source>The keystore file is damaged (scrypt needs n, a power of two, and r and p).</source>
        <translation>Le fichier keystore est endommagé (scrypt a besoin de n, une puissance de deux, ainsi que de r et p).</translation>
    </message>
    <message>
        <source>The keystore file asks for more work than allowed to unlock it (scrypt n=%1 r=%2 p=%3; at most n=%4 and 1 GiB of memory).</source>
        <translation>Le fichier keystore demande plus de travail que permis pour le déverrouiller (scrypt n=%1 r=%2 p=%3&#xa0;; au plus n=%4 et 1 GiB de mémoire).</translation>
    </message>
    <message>
        <source>The key could not be derived (OpenSSL failed).</source>
        <translation>La clé n’a pas pu être dérivée (échec d’OpenSSL).</translation>
    </message>
    <message>
        <source>The keystore file uses pbkdf2 with &quot;%1&quot;; only hmac-sha256 is supported.</source>
        <translation>Le fichier keystore utilise pbkdf2 avec «&#xa0;%1&#xa0;»&#xa0;; seul hmac-sha256 est pris en charge.</translation>
    </message>
    <message>
        <source>The keystore file is damaged (pbkdf2 needs c).</source>
        <translation>Le fichier keystore est endommagé (pbkdf2 a besoin de c).</translation>
    </message>
    <message>
        <source>The keystore file asks for more work than allowed to unlock it (pbkdf2 c=%1; at most %2).</source>
        <translation>Le fichier keystore demande plus de travail que permis pour le déverrouiller (pbkdf2 c=%1&#xa0;; au plus %2).</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Mot de passe incorrect.</translation>
    </message>
    <message>
        <source>The key could not be decrypted (OpenSSL failed).</source>
        <translation>La clé n’a pas pu être déchiffrée (échec d’OpenSSL).</translation>
    </message>
    <message>
        <source>The keystore file does not hold a valid Ethereum private key.</source>
        <translation>Le fichier keystore ne contient pas de clé privée Ethereum valide.</translation>
    </message>
    <message>
        <source>The keystore file names the address %1 but holds the key of %2: it has been altered.</source>
        <translation>Le fichier keystore indique l’adresse %1 mais contient la clé de %2&#xa0;: il a été modifié.</translation>
    </message>
</context>
<context>
    <name>Mnemonic</name>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>Le générateur de nombres aléatoires du système a échoué.</translation>
    </message>
    <message>
        <source>The built-in word list is damaged.</source>
        <translation>La liste de mots intégrée est endommagée.</translation>
    </message>
    <message numerus="yes">
        <source>A recovery phrase has 12, 15, 18, 21 or 24 words; this one has %n words.</source>
        <translation>
            <numerusform>Une phrase de récupération a 12, 15, 18, 21 ou 24 mots&#xa0;; celle-ci a %n mot.</numerusform>
            <numerusform>Une phrase de récupération a 12, 15, 18, 21 ou 24 mots&#xa0;; celle-ci a %n mots.</numerusform>
        </translation>
    </message>
    <message>
        <source>Word %1 has a character that no English recovery word has (only the letters a to z are used).</source>
        <translation>Le mot %1 contient un caractère qu’aucun mot de récupération anglais ne contient (seules les lettres a à z sont utilisées).</translation>
    </message>
    <message>
        <source>Word %1, &quot;%2&quot;, is not one of the 2048 English recovery words. Check its spelling.</source>
        <translation>Le mot %1, «&#xa0;%2&#xa0;», ne fait pas partie des 2048 mots de récupération anglais. Vérifiez son orthographe.</translation>
    </message>
    <message>
        <source>Every word is a recovery word, but together they do not check out: a word is probably wrong or in the wrong place.</source>
        <translation>Chaque mot est un mot de récupération, mais ensemble ils ne forment pas une phrase valide&#xa0;: un mot est sans doute faux ou mal placé.</translation>
    </message>
    <message>
        <source>The passphrase may only use plain ASCII characters (letters a to z, digits, punctuation).</source>
        <translation>La phrase secrète ne peut contenir que des caractères ASCII simples (lettres a à z, chiffres, ponctuation).</translation>
    </message>
    <message>
        <source>The recovery phrase could not be turned into a key (OpenSSL failed).</source>
        <translation>La phrase de récupération n’a pas pu être transformée en clé (échec d’OpenSSL).</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>Running %1 % of the time, as set in Settings (CPU share)</source>
        <translation>Actif %1&#xa0;% du temps, comme réglé dans les Paramètres (part du CPU)</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Running at %1 % while you use the computer</source>
        <translation>Actif à %1&#xa0;% pendant que vous utilisez l’ordinateur</translation>
    </message>
    <message>
        <source>Paused by you until you resume</source>
        <translation>Mis en pause par vous, jusqu’à reprise</translation>
    </message>
    <message>
        <source>Paused by you until %1</source>
        <translation>Mis en pause par vous jusqu’à %1</translation>
    </message>
    <message>
        <source>Suspended: running on battery</source>
        <translation>Suspendu&#xa0;: sur batterie</translation>
    </message>
    <message>
        <source>Suspended: battery at %1 %, below %2 %</source>
        <translation>Suspendu&#xa0;: batterie à %1&#xa0;%, sous %2&#xa0;%</translation>
    </message>
    <message>
        <source>Suspended: outside the hours you allowed</source>
        <translation>Suspendu&#xa0;: en dehors des heures que vous avez permises</translation>
    </message>
    <message>
        <source>Suspended: %1 is running</source>
        <translation>Suspendu&#xa0;: %1 est lancé</translation>
    </message>
    <message numerus="yes">
        <source>Waiting until the computer has been idle for %n minutes</source>
        <translation>
            <numerusform>En attente que l’ordinateur soit inactif depuis %n minute</numerusform>
            <numerusform>En attente que l’ordinateur soit inactif depuis %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting: this computer does not say when you are away from it. To run anyway, choose to run always in Settings, under “When to run”.</source>
        <translation>En attente&#xa0;: cet ordinateur n’indique pas quand vous vous absentez. Pour calculer quand même, choisissez une option «&#xa0;Toujours&#xa0;» dans les Paramètres, sous «&#xa0;Quand calculer&#xa0;».</translation>
    </message>
    <message>
        <source>Suspended: other programs use %1 % of the CPU (limit %2 %)</source>
        <translation>Suspendu&#xa0;: d’autres programmes utilisent %1&#xa0;% du CPU (limite %2&#xa0;%)</translation>
    </message>
    <message>
        <source>Suspended: tasks use more than %1 % of memory</source>
        <translation>Suspendu&#xa0;: les tâches utilisent plus de %1&#xa0;% de la mémoire</translation>
    </message>
    <message>
        <source>Suspended: only %1 free on the disk holding %2; tasks pause while less than %3 is free (Settings). Free some space and they resume.</source>
        <translation>Suspendu&#xa0;: seulement %1 libre sur le disque contenant %2&#xa0;; les tâches sont en pause tant que moins de %3 est libre (Paramètres). Libérez de la place et elles reprendront.</translation>
    </message>
</context>
<context>
    <name>Secp256k1Key</name>
    <message>
        <source>A private key is 32 bytes.</source>
        <translation>Une clé privée fait 32 octets.</translation>
    </message>
    <message>
        <source>Cannot set up secp256k1 (out of memory or no random numbers).</source>
        <translation>Impossible de préparer secp256k1 (mémoire insuffisante ou pas de nombres aléatoires).</translation>
    </message>
    <message>
        <source>Not a valid secp256k1 private key (zero, or not below the curve order).</source>
        <translation>Clé privée secp256k1 non valide (zéro, ou pas inférieure à l’ordre de la courbe).</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>Le générateur de nombres aléatoires du système a échoué.</translation>
    </message>
    <message>
        <source>Cannot open the key file %1: %2.</source>
        <translation>Impossible d’ouvrir le fichier de clé %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The key file %1 is not a regular file.</source>
        <translation>Le fichier de clé %1 n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>The key file %1 can be read by other users (mode %2); allow only its owner with: chmod 600 %1</source>
        <translation>Le fichier de clé %1 est lisible par d’autres utilisateurs (mode %2)&#xa0;; n’autorisez que son propriétaire avec&#xa0;: chmod 600 %1</translation>
    </message>
    <message>
        <source>Cannot read the key file %1.</source>
        <translation>Impossible de lire le fichier de clé %1.</translation>
    </message>
    <message>
        <source>The key file %1 must hold exactly 64 hexadecimal digits (0-9, a-f) and a newline.</source>
        <translation>Le fichier de clé %1 doit contenir exactement 64 chiffres hexadécimaux (0-9, a-f) et un saut de ligne.</translation>
    </message>
    <message>
        <source>The key file %1 does not hold a usable key: %2</source>
        <translation>Le fichier de clé %1 ne contient pas de clé utilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>The key file %1 already exists; it is left as it is.</source>
        <translation>Le fichier de clé %1 existe déjà&#xa0;; il est laissé tel quel.</translation>
    </message>
    <message>
        <source>Cannot create the key file %1: %2.</source>
        <translation>Impossible de créer le fichier de clé %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot write the key file %1 (disk full?).</source>
        <translation>Impossible d’écrire le fichier de clé %1 (disque plein&#xa0;?).</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Run tasks even while you use the computer (at idle priority).</source>
        <translation>Exécuter les tâches même pendant que vous utilisez l’ordinateur (en priorité basse).</translation>
    </message>
    <message>
        <source>Minutes without keyboard or mouse input before tasks start.</source>
        <translation>Minutes sans clavier ni souris avant que les tâches démarrent.</translation>
    </message>
    <message>
        <source>While you use the computer: suspend CPU tasks, or keep them at a reduced share.</source>
        <translation>Pendant que vous utilisez l’ordinateur&#xa0;: suspendre les tâches CPU (suspend), ou les garder à une part réduite (reduced).</translation>
    </message>
    <message>
        <source>CPU time share (%) for tasks while you use the computer, with &apos;reduced&apos;.</source>
        <translation>Part du temps CPU (%) pour les tâches pendant que vous utilisez l’ordinateur, avec &apos;reduced&apos;.</translation>
    </message>
    <message>
        <source>Keep GPU tasks running while you use the computer.</source>
        <translation>Garder les tâches GPU actives pendant que vous utilisez l’ordinateur.</translation>
    </message>
    <message>
        <source>CPU time share (%) each task may use while it runs.</source>
        <translation>Part du temps CPU (%) que chaque tâche peut utiliser quand elle tourne.</translation>
    </message>
    <message>
        <source>Share (%) of the processor&apos;s cores tasks may use.</source>
        <translation>Part (%) des cœurs du processeur que les tâches peuvent utiliser.</translation>
    </message>
    <message>
        <source>Memory (% of RAM) tasks may use while you use the computer.</source>
        <translation>Mémoire (% de la RAM) que les tâches peuvent utiliser pendant que vous utilisez l’ordinateur.</translation>
    </message>
    <message>
        <source>Memory (% of RAM) tasks may use while the computer is idle.</source>
        <translation>Mémoire (% de la RAM) que les tâches peuvent utiliser pendant que l’ordinateur est inactif.</translation>
    </message>
    <message>
        <source>Tasks pause while the disk holding SpareCycles&apos; folder has less than this much space free (GB).</source>
        <translation>Les tâches sont en pause tant que le disque contenant le dossier de SpareCycles a moins d’espace libre que cette valeur (GB).</translation>
    </message>
    <message>
        <source>Disk space (GB) tasks may use at most, all together.</source>
        <translation>Espace disque (GB) que les tâches peuvent utiliser au maximum, toutes ensemble.</translation>
    </message>
    <message>
        <source>Where this computer cannot shut tasks in a sandbox, run them anyway. They can then read your files. Not recommended.</source>
        <translation>Là où cet ordinateur ne peut pas enfermer les tâches dans un bac à sable, les exécuter quand même. Elles peuvent alors lire vos fichiers. Déconseillé.</translation>
    </message>
    <message>
        <source>Suspend when other programs use more than this % of the CPU (0 = never).</source>
        <translation>Suspendre quand d’autres programmes utilisent plus que ce pourcentage du CPU (0 = jamais).</translation>
    </message>
    <message>
        <source>Seconds other programs&apos; load must last before tasks are suspended.</source>
        <translation>Secondes pendant lesquelles la charge des autres programmes doit durer avant que les tâches soient suspendues.</translation>
    </message>
    <message>
        <source>Once suspended for other programs&apos; load, stay suspended at least this long.</source>
        <translation>Une fois les tâches suspendues à cause de la charge des autres programmes, les laisser suspendues au moins ce temps-là.</translation>
    </message>
    <message>
        <source>Pause while any of these programs runs (comma-separated names, e.g. a game).</source>
        <translation>Mettre en pause tant que l’un de ces programmes tourne (noms séparés par des virgules, par ex. un jeu).</translation>
    </message>
    <message>
        <source>On battery: suspend, run only above battery_min_percent, or run.</source>
        <translation>Sur batterie&#xa0;: suspendre (suspend), tourner seulement au-dessus de battery_min_percent (below), ou tourner (run).</translation>
    </message>
    <message>
        <source>With on_battery=below: run on battery only above this charge (%).</source>
        <translation>Avec on_battery=below&#xa0;: sur batterie, tourner seulement au-dessus de cette charge (%).</translation>
    </message>
    <message>
        <source>When tasks may run: &apos;always&apos;, or days and hours like &apos;mon-fri 18-8, sat-sun 0-24&apos;.</source>
        <translation>Quand les tâches peuvent tourner&#xa0;: &apos;always&apos;, ou des jours et heures comme &apos;mon-fri 18-8, sat-sun 0-24&apos;.</translation>
    </message>
    <message>
        <source>CPU temperature (°C) to hold; tasks slow down before it and stop above it.</source>
        <translation>Température du CPU (°C) à ne pas dépasser&#xa0;; les tâches ralentissent avant et s’arrêtent au-delà.</translation>
    </message>
    <message>
        <source>GPU temperature (°C) to hold.</source>
        <translation>Température du GPU (°C) à ne pas dépasser.</translation>
    </message>
    <message>
        <source>Notify me when the network has been unreachable for half an hour.</source>
        <translation>Me prévenir quand le réseau est injoignable depuis une demi-heure.</translation>
    </message>
    <message>
        <source>Notify me when a task fails again and again.</source>
        <translation>Me prévenir quand une tâche échoue encore et encore.</translation>
    </message>
    <message>
        <source>Notify me when tasks stop because the processor got too hot.</source>
        <translation>Me prévenir quand les tâches s’arrêtent parce que le processeur a trop chauffé.</translation>
    </message>
    <message>
        <source>Notify me when a payout arrives.</source>
        <translation>Me prévenir quand un versement arrive.</translation>
    </message>
    <message>
        <source>Network: &apos;local&apos; for the demo network on this computer, or a hub address such as https://hub.example.org. The app moves to it at once; tasks of the old network are dropped.</source>
        <translation>Réseau&#xa0;: &apos;local&apos; pour le réseau de démo sur cet ordinateur, ou une adresse de hub comme https://hub.example.org. L’application y passe aussitôt&#xa0;; les tâches de l’ancien réseau sont abandonnées.</translation>
    </message>
    <message>
        <source>EVM address (0x…) that receives payouts; empty = decide later.</source>
        <translation>Adresse EVM (0x…) qui reçoit les versements&#xa0;; vide = décider plus tard.</translation>
    </message>
    <message>
        <source>Address of a blockchain node to read your wallet balance from, such as https://rpc.example.org; empty = the one your network suggests.</source>
        <translation>Adresse d’un nœud de blockchain où lire le solde de votre portefeuille, comme https://rpc.example.org&#xa0;; vide = celui que votre réseau propose.</translation>
    </message>
    <message>
        <source>Language of the app: system, en, de, fr, es, pt_BR, ru, ja or zh_CN.</source>
        <translation>Langue de l’application&#xa0;: system, en, de, fr, es, pt_BR, ru, ja ou zh_CN.</translation>
    </message>
    <message>
        <source>Colour of the panel the tray icon sits on, so the icon stays visible: auto (GNOME&apos;s top bar is dark; elsewhere the app&apos;s colours), light or dark.</source>
        <translation>Couleur de la barre où se trouve l’icône, pour qu’elle reste visible&#xa0;: auto (la barre du haut de GNOME est sombre&#xa0;; ailleurs, les couleurs de l’application), light (claire) ou dark (sombre).</translation>
    </message>
    <message>
        <source>Start SpareCycles in the tray when you log in.</source>
        <translation>Lancer SpareCycles dans la zone de notification à l’ouverture de session.</translation>
    </message>
    <message>
        <source>Paused by you until this time (Unix seconds); 0 = not paused.</source>
        <translation>En pause jusqu’à ce moment (secondes Unix)&#xa0;; 0 = pas en pause.</translation>
    </message>
    <message>
        <source>&apos;Run now&apos;: ignore idle time until this time (Unix seconds).</source>
        <translation>«&#xa0;Calculer maintenant&#xa0;»&#xa0;: ignorer le temps d’inactivité jusqu’à ce moment (secondes Unix).</translation>
    </message>
    <message>
        <source>Let tasks use the graphics card, where it can run them.</source>
        <translation>Permettre aux tâches d’utiliser la carte graphique, lorsqu’elle peut les exécuter.</translation>
    </message>
</context>
<context>
    <name>StatePresenter</name>
    <message>
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Running slower</source>
        <translation>Ralenti</translation>
    </message>
    <message>
        <source>Waiting for work</source>
        <translation>En attente de travail</translation>
    </message>
    <message>
        <source>Waiting until you are away</source>
        <translation>En attente de votre absence</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Paused by you</source>
        <translation>Mis en pause par vous</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Stopped by an error</source>
        <translation>Arrêté par une erreur</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Arrêt en cours</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Waiting for other programs</source>
        <translation>En attente d’autres programmes</translation>
    </message>
</context>
<context>
    <name>StatusFile</name>
    <message>
        <source>%1 does not exist; no engine has used it yet.</source>
        <translation>%1 n’existe pas&#xa0;; aucun moteur ne l’a encore utilisé.</translation>
    </message>
</context>
<context>
    <name>TaskDescription</name>
    <message>
        <source>Counting primes from %1 to %2</source>
        <translation>Compte les nombres premiers de %1 à %2</translation>
    </message>
    <message>
        <source>Counting primes in %1–%2 × 10%3</source>
        <translation>Compte les nombres premiers dans %1–%2 × 10%3</translation>
    </message>
    <message>
        <source>Computing a task for %1</source>
        <translation>Calcule une tâche pour %1</translation>
    </message>
    <message>
        <source>the demo network</source>
        <translation>le réseau de démo</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>moins d’une minute restante</translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>environ %n min restante</numerusform>
            <numerusform>environ %n min restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hours left</source>
        <translation>
            <numerusform>environ %n heure restante</numerusform>
            <numerusform>environ %n heures restantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Uint256</name>
    <message>
        <source>An amount is written with the digits 0–9 and at most one decimal point, like 12 or 1.5.</source>
        <translation>Un montant s’écrit avec les chiffres 0–9 et au plus un point décimal, comme 12 ou 1.5.</translation>
    </message>
    <message>
        <source>This token has %1 decimal places; the amount has more.</source>
        <translation>Ce jeton a %1 décimales&#xa0;; le montant en a plus.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Le montant est trop grand.</translation>
    </message>
</context>
<context>
    <name>WalletKeeper</name>
    <message>
        <source>%1 Nothing was saved. Close this window and open it again: if the keychain still does not answer, the wallet is kept in a password-protected file instead.</source>
        <translation>%1 Rien n’a été enregistré. Fermez cette fenêtre et rouvrez-la&#xa0;: si le trousseau ne répond toujours pas, le portefeuille sera gardé dans un fichier protégé par mot de passe à la place.</translation>
    </message>
    <message>
        <source>%1 Nothing was saved. Check that the disk is not full and try again.</source>
        <translation>%1 Rien n’a été enregistré. Vérifiez que le disque n’est pas plein et réessayez.</translation>
    </message>
    <message>
        <source>%1 Nothing was saved.</source>
        <translation>%1 Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The password is shorter than %1 characters. Choose a longer one.</source>
        <translation>Le mot de passe fait moins de %1 caractères. Choisissez-en un plus long.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the same password in both fields.</source>
        <translation>Les deux mots de passe ne sont pas identiques. Tapez le même mot de passe dans les deux champs.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Choose the wallet file first.</source>
        <translation>Choisissez d’abord le fichier du portefeuille.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Choose another file.</source>
        <translation>Impossible de lire %1&#xa0;: %2. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>Unlocking the wallet file… (a few seconds)</source>
        <translation>Déverrouillage du fichier du portefeuille… (quelques secondes)</translation>
    </message>
    <message>
        <source>That is not the password of this file. Type it again; capital letters count.</source>
        <translation>Ce n’est pas le mot de passe de ce fichier. Tapez-le à nouveau&#xa0;; les majuscules comptent.</translation>
    </message>
    <message>
        <source>This file cannot be used: %1 Choose the wallet file itself (it usually ends in .json).</source>
        <translation>Ce fichier ne peut pas être utilisé&#xa0;: %1 Choisissez le fichier du portefeuille lui-même (il se termine en général par .json).</translation>
    </message>
    <message>
        <source>The wallet&apos;s key could not be made (%1). Nothing was saved.</source>
        <translation>La clé du portefeuille n’a pas pu être créée (%1). Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Locking the wallet file with your password… (a few seconds)</source>
        <translation>Verrouillage du fichier du portefeuille avec votre mot de passe… (quelques secondes)</translation>
    </message>
    <message>
        <source>Saving the wallet in the system keychain…</source>
        <translation>Enregistrement du portefeuille dans le trousseau du système…</translation>
    </message>
    <message>
        <source>The wallet was saved, but the payout address could not be set: %1</source>
        <translation>Le portefeuille a été enregistré, mais l’adresse de versement n’a pas pu être définie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose where to save the copy first.</source>
        <translation>Choisissez d’abord où enregistrer la copie.</translation>
    </message>
    <message>
        <source>%1 exists already. Choose another file name: an existing file is never replaced.</source>
        <translation>%1 existe déjà. Choisissez un autre nom de fichier&#xa0;: un fichier existant n’est jamais remplacé.</translation>
    </message>
    <message>
        <source>Type your wallet&apos;s password.</source>
        <translation>Tapez le mot de passe de votre portefeuille.</translation>
    </message>
    <message>
        <source>Unlocking your wallet file… (a few seconds)</source>
        <translation>Déverrouillage de votre fichier de portefeuille… (quelques secondes)</translation>
    </message>
    <message>
        <source>Asking the system keychain…</source>
        <translation>Interrogation du trousseau du système…</translation>
    </message>
    <message>
        <source>That is not your wallet&apos;s password. Type it again; capital letters count.</source>
        <translation>Ce n’est pas le mot de passe de votre portefeuille. Tapez-le à nouveau&#xa0;; les majuscules comptent.</translation>
    </message>
    <message>
        <source>Locking the copy with the password… (a few seconds)</source>
        <translation>Verrouillage de la copie avec le mot de passe… (quelques secondes)</translation>
    </message>
    <message>
        <source>Cannot save %1: %2. Choose another folder, or check that the disk is not full.</source>
        <translation>Impossible d’enregistrer %1&#xa0;: %2. Choisissez un autre dossier, ou vérifiez que le disque n’est pas plein.</translation>
    </message>
</context>
<context>
    <name>WalletStoreChooser</name>
    <message>
        <source>Your wallet is in %1.</source>
        <translation>Votre portefeuille se trouve dans %1.</translation>
    </message>
    <message>
        <source>No system keychain is available.</source>
        <translation>Aucun trousseau du système n’est disponible.</translation>
    </message>
    <message>
        <source>%1 The wallet is kept in %2 instead.</source>
        <translation>%1 Le portefeuille est gardé dans %2 à la place.</translation>
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
        <translation>Impossible de créer le dossier de données %1.</translation>
    </message>
    <message>
        <source>SpareCycles could not move to the network %1: %2

It stays on the network it used before.</source>
        <translation>SpareCycles n’a pas pu passer au réseau %1&#xa0;: %2

Il reste sur le réseau utilisé jusqu’ici.</translation>
    </message>
    <message>
        <source>Lends this computer&apos;s idle time to a compute network.</source>
        <translation>Prête le temps d’inactivité de cet ordinateur à un réseau de calcul.</translation>
    </message>
    <message>
        <source>Start a demo hub on this computer and use it.</source>
        <translation>Lancer un hub de démo sur cet ordinateur et l’utiliser.</translation>
    </message>
    <message>
        <source>Hub URL, e.g. https://hub.example.org.</source>
        <translation>URL du hub, par ex. https://hub.example.org.</translation>
    </message>
    <message>
        <source>Folder for all state (default %1).</source>
        <translation>Dossier pour toutes les données d’état (par défaut %1).</translation>
    </message>
    <message>
        <source>Start in the tray without opening the dashboard.</source>
        <translation>Démarrer dans la zone de notification sans ouvrir le tableau de bord.</translation>
    </message>
    <message>
        <source>Skip the first-run wizard and use the defaults (demo network, run when idle).</source>
        <translation>Passer l’assistant de premier lancement et utiliser les valeurs par défaut (réseau de démo, calcul quand l’ordinateur est inactif).</translation>
    </message>
    <message>
        <source>use either --local or --hub URL, not both</source>
        <translation>utilisez soit --local soit --hub URL, pas les deux</translation>
    </message>
    <message>
        <source>The demo network could not start: %1</source>
        <translation>Le réseau de démo n’a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>The demo network&apos;s own blockchain could not start, so it pays nothing until it does: %1</source>
        <translation>La blockchain propre au réseau de démo n’a pas pu démarrer&#xa0;; il ne verse donc rien tant qu’elle ne tourne pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>Moving to %1…</source>
        <translation>Changement de réseau&#xa0;: %1…</translation>
    </message>
</context>
<context>
    <name>sc::chain::ChainClient</name>
    <message>
        <source>The chain&apos;s answer to %1 was larger than this app accepts.</source>
        <translation>La réponse de la blockchain à %1 était plus grande que ce que cette application accepte.</translation>
    </message>
    <message>
        <source>The chain&apos;s address answered HTTP %1, not JSON-RPC.</source>
        <translation>L’adresse de la blockchain a répondu HTTP %1, pas JSON-RPC.</translation>
    </message>
    <message>
        <source>The chain&apos;s answer to %1 is not a JSON object.</source>
        <translation>La réponse de la blockchain à %1 n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The chain&apos;s answer to %1 does not match the request.</source>
        <translation>La réponse de la blockchain à %1 ne correspond pas à la requête.</translation>
    </message>
    <message>
        <source>The chain refused %1.</source>
        <translation>La blockchain a refusé %1.</translation>
    </message>
    <message>
        <source>The chain&apos;s answer to %1 has no result.</source>
        <translation>La réponse de la blockchain à %1 ne contient pas de résultat.</translation>
    </message>
    <message>
        <source>The chain sent a malformed chain id.</source>
        <translation>La blockchain a envoyé un identifiant de chaîne mal formé.</translation>
    </message>
    <message>
        <source>The chain sent a malformed block number.</source>
        <translation>La blockchain a envoyé un numéro de bloc mal formé.</translation>
    </message>
    <message>
        <source>The chain sent malformed call data.</source>
        <translation>La blockchain a envoyé des données d’appel mal formées.</translation>
    </message>
    <message>
        <source>The chain sent a malformed balance.</source>
        <translation>La blockchain a envoyé un solde mal formé.</translation>
    </message>
    <message>
        <source>The chain sent a malformed transaction count.</source>
        <translation>La blockchain a envoyé un nombre de transactions mal formé.</translation>
    </message>
    <message>
        <source>The chain sent an implausible gas estimate.</source>
        <translation>La blockchain a envoyé une estimation de gas invraisemblable.</translation>
    </message>
    <message>
        <source>The chain sent a malformed priority fee.</source>
        <translation>La blockchain a envoyé des frais de priorité mal formés.</translation>
    </message>
    <message>
        <source>The chain sent a malformed fee history.</source>
        <translation>La blockchain a envoyé un historique des frais mal formé.</translation>
    </message>
    <message>
        <source>The chain sent a malformed transaction hash.</source>
        <translation>La blockchain a envoyé un hash de transaction mal formé.</translation>
    </message>
    <message>
        <source>The chain sent a malformed receipt.</source>
        <translation>La blockchain a envoyé un reçu mal formé.</translation>
    </message>
    <message>
        <source>The chain sent a malformed list of logs.</source>
        <translation>La blockchain a envoyé une liste de journaux mal formée.</translation>
    </message>
    <message>
        <source>The chain sent a malformed log entry.</source>
        <translation>La blockchain a envoyé une entrée de journal mal formée.</translation>
    </message>
</context>
<context>
    <name>sc::core::CreditFeed</name>
    <message>
        <source>Payout: %1 sent to your address</source>
        <translation>Versement&#xa0;: %1 envoyé à votre adresse</translation>
    </message>
    <message>
        <source>Payout: %1 reached your address</source>
        <translation>Versement&#xa0;: %1 arrivé à votre adresse</translation>
    </message>
    <message>
        <source>The hub sent a malformed credit entry; ignoring this page and asking again later.</source>
        <translation>Le hub a envoyé une entrée de crédit mal formée&#xa0;; cette page est ignorée et sera redemandée plus tard.</translation>
    </message>
    <message>
        <source>The hub sent a credit cursor that goes backwards; ignoring it.</source>
        <translation>Le hub a envoyé un curseur de crédit qui recule&#xa0;; il est ignoré.</translation>
    </message>
    <message>
        <source>Could not store credits in the ledger; will ask again.</source>
        <translation>Impossible d’enregistrer les crédits dans le registre&#xa0;; ils seront redemandés.</translation>
    </message>
    <message>
        <source>Task credited: %1</source>
        <translation>Tâche créditée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The network judged a task&apos;s result wrong; it earns no credit</source>
        <translation>Le réseau a jugé faux le résultat d’une tâche&#xa0;; elle ne rapporte aucun crédit</translation>
    </message>
    <message>
        <source>If this happens often, check this computer&apos;s memory and cooling.</source>
        <translation>Si cela arrive souvent, vérifiez la mémoire et le refroidissement de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>sc::core::CurlHttpClient</name>
    <message>
        <source>The address is not a valid http(s) URL (%1)</source>
        <translation>L’adresse n’est pas une URL http(s) valide (%1)</translation>
    </message>
    <message>
        <source>Could not find the host %1</source>
        <translation>Impossible de trouver l’hôte %1</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The reply from %1 was still arriving after %2 s (%3 bytes so far): the connection or the server is too slow</source>
        <translation>La réponse de %1 arrivait encore après %2 s (%3 octets jusqu’ici)&#xa0;: la connexion ou le serveur est trop lent</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 n’a pas répondu en %2 s</translation>
    </message>
    <message>
        <source>The secure connection to %1 was not set up within %2 s</source>
        <translation>La connexion sécurisée à %1 n’a pas été établie en %2 s</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 s</source>
        <translation>Impossible de se connecter à %1 en %2 s</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1)</source>
        <translation>Le certificat du serveur n’est pas digne de confiance (%1)</translation>
    </message>
    <message>
        <source>Could not set up a secure connection to %1 (%2)</source>
        <translation>Impossible d’établir une connexion sécurisée à %1 (%2)</translation>
    </message>
    <message>
        <source>The request to %1 failed (%2)</source>
        <translation>La requête vers %1 a échoué (%2)</translation>
    </message>
    <message>
        <source>The reply from %1 is larger than the limit of %2 bytes</source>
        <translation>La réponse de %1 dépasse la limite de %2 octets</translation>
    </message>
    <message>
        <source>The address is not a valid http(s) URL</source>
        <translation>L’adresse n’est pas une URL http(s) valide</translation>
    </message>
    <message>
        <source>The request has an invalid header</source>
        <translation>La requête a un en-tête non valide</translation>
    </message>
    <message>
        <source>Could not start the request</source>
        <translation>Impossible de lancer la requête</translation>
    </message>
    <message>
        <source>The request was cancelled</source>
        <translation>La requête a été annulée</translation>
    </message>
</context>
<context>
    <name>sc::core::Engine</name>
    <message>
        <source>A task resumed from its checkpoint</source>
        <translation>Une tâche a repris depuis son point de sauvegarde</translation>
    </message>
    <message>
        <source>Tasks run in a %1 sandbox: no network, only their own folder writable.</source>
        <translation>Les tâches tournent dans un bac à sable %1&#xa0;: pas de réseau, seul leur propre dossier est modifiable.</translation>
    </message>
    <message>
        <source>Tasks wait for your permission: this computer cannot shut them in a sandbox (%1).</source>
        <translation>Les tâches attendent votre accord&#xa0;: cet ordinateur ne peut pas les enfermer dans un bac à sable (%1).</translation>
    </message>
    <message>
        <source>Install bubblewrap, or allow tasks to run without a sandbox on the Overview.</source>
        <translation>Installez bubblewrap, ou autorisez les tâches à tourner sans bac à sable dans la Vue d’ensemble.</translation>
    </message>
    <message>
        <source>Tasks run without a sandbox (%1). They still run at idle priority in their own folder.</source>
        <translation>Les tâches tournent sans bac à sable (%1). Elles tournent toujours en priorité basse, dans leur propre dossier.</translation>
    </message>
    <message>
        <source>Install bubblewrap to isolate them.</source>
        <translation>Installez bubblewrap pour les isoler.</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks will resume from their checkpoints.</source>
        <translation>
            <numerusform>%n tâche reprendra depuis son point de sauvegarde.</numerusform>
            <numerusform>%n tâches reprendront depuis leur point de sauvegarde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n results from an earlier run wait to be reported.</source>
        <translation>
            <numerusform>%n résultat d’une session précédente attend d’être envoyé.</numerusform>
            <numerusform>%n résultats d’une session précédente attendent d’être envoyés.</numerusform>
        </translation>
    </message>
    <message>
        <source>You paused SpareCycles until you resume it</source>
        <translation>Vous avez mis SpareCycles en pause jusqu’à ce que vous le repreniez</translation>
    </message>
    <message>
        <source>You paused SpareCycles until %1</source>
        <translation>Vous avez mis SpareCycles en pause jusqu’à %1</translation>
    </message>
    <message>
        <source>You resumed SpareCycles</source>
        <translation>Vous avez repris SpareCycles</translation>
    </message>
    <message>
        <source>Payout address changed to %1; telling the hub.</source>
        <translation>Adresse de versement changée en %1&#xa0;; le hub est prévenu.</translation>
    </message>
    <message>
        <source>Settings changed; applied.</source>
        <translation>Paramètres modifiés et appliqués.</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Lost the connection to the network</source>
        <translation>Connexion au réseau perdue</translation>
    </message>
    <message>
        <source>%1. Check this computer&apos;s internet connection; SpareCycles tries again by itself.</source>
        <translation>%1. Vérifiez la connexion Internet de cet ordinateur&#xa0;; SpareCycles réessaie tout seul.</translation>
    </message>
    <message>
        <source>Back online</source>
        <translation>De nouveau en ligne</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Tasks suspended: %1</source>
        <translation>Tâches suspendues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tasks resumed (they had waited: %1)</source>
        <translation>Tâches reprises (elles avaient attendu&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>No engine is running on this data folder.</source>
        <translation>Aucun moteur ne tourne sur ce dossier de données.</translation>
    </message>
    <message>
        <source>No engine has run on this data folder yet.</source>
        <translation>Aucun moteur n’a encore tourné sur ce dossier de données.</translation>
    </message>
    <message>
        <source>Stopping tasks (they resume from their checkpoints next time)</source>
        <translation>Arrêt des tâches (elles reprendront depuis leur point de sauvegarde la prochaine fois)</translation>
    </message>
    <message>
        <source>This computer cannot shut tasks in a sandbox (%1), where they could not read your files: they wait until you allow them to run without one. Installing bubblewrap is safer.</source>
        <translation>Cet ordinateur ne peut pas enfermer les tâches dans un bac à sable (%1), où elles ne pourraient pas lire vos fichiers&#xa0;: elles attendent que vous les autorisiez à tourner sans. Installer bubblewrap est plus sûr.</translation>
    </message>
    <message numerus="yes">
        <source>Running %n tasks</source>
        <translation>
            <numerusform>%n tâche en cours</numerusform>
            <numerusform>%n tâches en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to the hub at %1</source>
        <translation>Connexion au hub %1</translation>
    </message>
    <message>
        <source>Preparing tasks</source>
        <translation>Préparation des tâches</translation>
    </message>
    <message>
        <source>Waiting for work from the hub</source>
        <translation>En attente de travail du hub</translation>
    </message>
    <message>
        <source>GPU tasks run on the processor here: this computer has no graphics card for them.</source>
        <translation>Les tâches GPU s’exécutent ici sur le processeur : cet ordinateur n’a pas de carte graphique pour elles.</translation>
    </message>
    <message>
        <source>Tasks can use the graphics card: %1.</source>
        <translation>Les tâches peuvent utiliser la carte graphique : %1.</translation>
    </message>
</context>
<context>
    <name>sc::core::Executor</name>
    <message>
        <source>it created more than %1 files in its folder</source>
        <translation>elle a créé plus de %1 fichiers dans son dossier</translation>
    </message>
    <message>
        <source>it wrote more than %1 MB into its folder, the most one task may use</source>
        <translation>elle a écrit plus de %1 MB dans son dossier, le maximum permis pour une tâche</translation>
    </message>
    <message>
        <source>it started more processes and threads than the %1 one task may have</source>
        <translation>elle a lancé plus de processus et de threads que les %1 permis pour une tâche</translation>
    </message>
    <message>
        <source>it tried to write a file larger than %1 MB, the most one file may hold</source>
        <translation>elle a voulu écrire un fichier de plus de %1 MB, le maximum permis pour un fichier</translation>
    </message>
    <message>
        <source>it made a system call that the sandbox forbids</source>
        <translation>elle a fait un appel système que le bac à sable interdit</translation>
    </message>
</context>
<context>
    <name>sc::core::HardwareWatch</name>
    <message>
        <source>This computer&apos;s hardware changed; sending its new profile to the hub.</source>
        <translation>Le matériel de cet ordinateur a changé&#xa0;; envoi de son nouveau profil au hub.</translation>
    </message>
    <message>
        <source>Measuring this computer&apos;s speed (a few seconds, at idle priority)…</source>
        <translation>Mesure de la vitesse de cet ordinateur (quelques secondes, en priorité basse)…</translation>
    </message>
    <message>
        <source>Speed measured: score %1 (integer %2 Mop/s, floating point %3 Mflop/s, memory %4 GB/s on all cores).</source>
        <translation>Vitesse mesurée&#xa0;: score %1 (entiers %2 Mop/s, virgule flottante %3 Mflop/s, mémoire %4 GB/s sur tous les cœurs).</translation>
    </message>
</context>
<context>
    <name>sc::core::HubSession</name>
    <message>
        <source>The hub does not know this device any more; registering again.</source>
        <translation>Le hub ne connaît plus cet appareil&#xa0;; nouvelle inscription.</translation>
    </message>
    <message>
        <source>The hub stopped sending work to this device because it returned wrong answers to known tasks. Check the computer&apos;s stability (memory, overclocking), then contact the network.</source>
        <translation>Le hub n’envoie plus de travail à cet appareil, car il a rendu de mauvaises réponses à des tâches connues. Vérifiez la stabilité de l’ordinateur (mémoire, overclocking), puis contactez le réseau.</translation>
    </message>
    <message numerus="yes">
        <source>Cannot reach the hub at %1: %2 Retrying in %n seconds.</source>
        <translation>
            <numerusform>Impossible de joindre le hub %1&#xa0;: %2 Nouvel essai dans %n seconde.</numerusform>
            <numerusform>Impossible de joindre le hub %1&#xa0;: %2 Nouvel essai dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hub at %1 answered with an error (HTTP %2): %3 Retrying in %n seconds.</source>
        <translation>
            <numerusform>Le hub %1 a répondu par une erreur (HTTP %2)&#xa0;: %3 Nouvel essai dans %n seconde.</numerusform>
            <numerusform>Le hub %1 a répondu par une erreur (HTTP %2)&#xa0;: %3 Nouvel essai dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reply from the hub at %1 was damaged or not as the protocol says: %2 Retrying in %n seconds.</source>
        <translation>
            <numerusform>La réponse du hub %1 était endommagée ou non conforme au protocole&#xa0;: %2 Nouvel essai dans %n seconde.</numerusform>
            <numerusform>La réponse du hub %1 était endommagée ou non conforme au protocole&#xa0;: %2 Nouvel essai dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not set up a secure connection to the hub at %1: %2</source>
        <translation>Impossible d’établir une connexion sécurisée au hub %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The hub at %1 now signs task programs with a different key than when this device first joined. SpareCycles will not run programs it cannot trust. If the network announced a new key, remove the folder %2 to join again.</source>
        <translation>Le hub %1 signe maintenant les programmes des tâches avec une autre clé que lorsque cet appareil l’a rejoint. SpareCycles n’exécute pas de programmes auxquels il ne peut pas se fier. Si le réseau a annoncé une nouvelle clé, supprimez le dossier %2 pour le rejoindre à nouveau.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
</context>
<context>
    <name>sc::core::LocalHub</name>
    <message>
        <source>the demo network&apos;s payout key could not be made (%1)</source>
        <translation>la clé de versement du réseau de démo n’a pas pu être créée (%1)</translation>
    </message>
    <message>
        <source>the demo chain is not installed with this copy of SpareCycles</source>
        <translation>la blockchain de démo n’est pas installée avec cette copie de SpareCycles</translation>
    </message>
    <message>
        <source>the demo chain did not start</source>
        <translation>la blockchain de démo n’a pas démarré</translation>
    </message>
    <message>
        <source>the demo chain started but did not say where it is</source>
        <translation>la blockchain de démo a démarré mais n’a pas dit où la joindre</translation>
    </message>
    <message>
        <source>Cannot start the local hub %1: %2</source>
        <translation>Impossible de lancer le hub local %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The local hub did not start (it said: %1).</source>
        <translation>Le hub local n’a pas démarré (message&#xa0;: %1).</translation>
    </message>
</context>
<context>
    <name>sc::core::Notifier</name>
    <message>
        <source>Cannot reach the network</source>
        <translation>Réseau injoignable</translation>
    </message>
    <message numerus="yes">
        <source>SpareCycles has not reached its hub for %n minutes. Finished work is kept and sent when it is back. %1</source>
        <translation>
            <numerusform>SpareCycles n’a pas pu joindre son hub depuis %n minute. Le travail terminé est gardé et sera envoyé à son retour. %1</numerusform>
            <numerusform>SpareCycles n’a pas pu joindre son hub depuis %n minutes. Le travail terminé est gardé et sera envoyé à son retour. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>A task failed repeatedly</source>
        <translation>Une tâche a échoué plusieurs fois</translation>
    </message>
    <message>
        <source>Task %1 stopped with an error (code %2) three times and was given up. If this happens often, check the computer&apos;s stability.</source>
        <translation>La tâche %1 s’est arrêtée sur une erreur (code %2) trois fois et a été abandonnée. Si cela arrive souvent, vérifiez la stabilité de l’ordinateur.</translation>
    </message>
    <message>
        <source>Paused to cool down</source>
        <translation>En pause pour refroidir</translation>
    </message>
    <message>
        <source>The processor reached %1 °C (your limit is %2 °C). Tasks resume when it has cooled down.</source>
        <translation>Le processeur a atteint %1&#xa0;°C (votre limite est %2&#xa0;°C). Les tâches reprendront quand il aura refroidi.</translation>
    </message>
    <message>
        <source>Payout arrived</source>
        <translation>Versement reçu</translation>
    </message>
    <message>
        <source>%1 was paid to %2.</source>
        <translation>%1 a été versé à %2.</translation>
    </message>
</context>
<context>
    <name>sc::core::PolicyLoop</name>
    <message>
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Paused: CPU at %1 °C, limit %2 °C</source>
        <translation>En pause&#xa0;: CPU à %1&#xa0;°C, limite %2&#xa0;°C</translation>
    </message>
    <message>
        <source>Paused to cool down: CPU at %1 °C, limit %2 °C</source>
        <translation>En pause pour refroidir&#xa0;: CPU à %1&#xa0;°C, limite %2&#xa0;°C</translation>
    </message>
    <message>
        <source>Slowed to %1 % to keep the CPU under %2 °C (now %3 °C)</source>
        <translation>Ralenti à %1&#xa0;% pour garder le CPU sous %2&#xa0;°C (actuellement %3&#xa0;°C)</translation>
    </message>
    <message>
        <source>Task %1 holds %2 MB, more than the %3 % of memory tasks may use now; it stops at its checkpoint and waits until there is room.</source>
        <translation>La tâche %1 occupe %2 MB, plus que les %3&#xa0;% de mémoire permis aux tâches en ce moment&#xa0;; elle s’arrête à son point de sauvegarde et attend qu’il y ait de la place.</translation>
    </message>
    <message>
        <source>Graphics card work goes on while you use the computer, as set in Settings</source>
        <translation>Le travail sur la carte graphique continue pendant que vous utilisez l’ordinateur, comme défini dans les Paramètres</translation>
    </message>
    <message>
        <source>Graphics card work is paused while you use the computer (Settings)</source>
        <translation>Le travail sur la carte graphique est en pause pendant que vous utilisez l’ordinateur (Paramètres)</translation>
    </message>
    <message>
        <source>Graphics card work is paused to cool down: graphics card at %1 °C, limit %2 °C</source>
        <translation>Le travail sur la carte graphique est en pause pour refroidir : carte graphique à %1 °C, limite %2 °C</translation>
    </message>
    <message>
        <source>Graphics card work is slowed to %1 % to keep the card under %2 °C (now %3 °C)</source>
        <translation>Le travail sur la carte graphique est ralenti à %1 % pour garder la carte sous %2 °C (actuellement %3 °C)</translation>
    </message>
</context>
<context>
    <name>sc::core::ProgramCache</name>
    <message>
        <source>Refused to start a task: its program %1 is not signed by the network&apos;s code-signing key. The task is dropped.</source>
        <translation>Lancement d’une tâche refusé&#xa0;: son programme %1 n’est pas signé par la clé de signature du code du réseau. La tâche est abandonnée.</translation>
    </message>
    <message>
        <source>Refused the program %1 from the hub: its signature is not from the network&apos;s code-signing key. Its tasks are dropped.</source>
        <translation>Programme %1 du hub refusé&#xa0;: sa signature ne vient pas de la clé de signature du code du réseau. Ses tâches sont abandonnées.</translation>
    </message>
    <message>
        <source>The program %1 arrived damaged (%2 bytes whose SHA-256 is not that of the signed program); it is downloaded again.</source>
        <translation>Le programme %1 est arrivé endommagé (%2 octets dont le SHA-256 n’est pas celui du programme signé)&#xa0;; il est téléchargé à nouveau.</translation>
    </message>
    <message>
        <source>Cannot store the program %1 in %2: %3</source>
        <translation>Impossible d’enregistrer le programme %1 dans %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>sc::core::Settings</name>
    <message>
        <source>Give &apos;always&apos; or days and hours, e.g. &apos;mon-fri 18-8, sat-sun 0-24&apos;.</source>
        <translation>Indiquez &apos;always&apos; ou des jours et heures, par ex. &apos;mon-fri 18-8, sat-sun 0-24&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not like &apos;mon-fri 18-8&apos; (days mon…sun, hours 0–24).</source>
        <translation>&apos;%1&apos; n’a pas la forme &apos;mon-fri 18-8&apos; (jours mon…sun, heures 0–24).</translation>
    </message>
    <message>
        <source>There is no setting &apos;%1&apos;. &apos;sparecycles-cli config list&apos; shows them all.</source>
        <translation>Il n’y a pas de paramètre &apos;%1&apos;. &apos;sparecycles-cli config list&apos; les affiche tous.</translation>
    </message>
    <message>
        <source>Give true or false, not &apos;%1&apos;.</source>
        <translation>Indiquez true ou false, pas &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Give a whole number from %1 to %2, not &apos;%3&apos;.</source>
        <translation>Indiquez un nombre entier de %1 à %2, pas &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Give a number from %1 to %2, not &apos;%3&apos;.</source>
        <translation>Indiquez un nombre de %1 à %2, pas &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the choices.</source>
        <translation>&apos;%1&apos; ne fait pas partie des choix possibles.</translation>
    </message>
    <message>
        <source>A network&apos;s address starts with https:// or http://, like https://hub.example.org; &apos;%1&apos; is not one.</source>
        <translation>L’adresse d’un réseau commence par https:// ou http://, comme https://hub.example.org&#xa0;; &apos;%1&apos; n’en est pas une.</translation>
    </message>
    <message>
        <source>The blockchain node&apos;s address starts with https:// or http://, not &apos;%1&apos;.</source>
        <translation>L’adresse du nœud de blockchain commence par https:// ou http://, pas &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a program name (no paths, at most 64 characters).</source>
        <translation>&apos;%1&apos; n’est pas un nom de programme (pas de chemin, 64 caractères au plus).</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
</context>
<context>
    <name>sc::core::TaskRunner</name>
    <message>
        <source>The hub&apos;s list of held work arrived damaged: task %1 in it does not carry the network&apos;s signature. Nothing of it is used; asking again.</source>
        <translation>La liste du travail attribué à cet appareil, envoyée par le hub, est arrivée endommagée&#xa0;: la tâche %1 ne porte pas la signature du réseau. Rien n’en est utilisé&#xa0;; nouvelle demande.</translation>
    </message>
    <message>
        <source>The hub&apos;s answer with new work arrived damaged: task %1 in it does not carry the network&apos;s signature. Nothing of it is used; asking again.</source>
        <translation>La réponse du hub avec du nouveau travail est arrivée endommagée&#xa0;: la tâche %1 ne porte pas la signature du réseau. Rien n’en est utilisé&#xa0;; nouvelle demande.</translation>
    </message>
    <message numerus="yes">
        <source>Took up %n tasks the hub had given this computer that never arrived.</source>
        <translation>
            <numerusform>Reprise de %n tâche que le hub avait attribuée à cet ordinateur mais qui n’était jamais arrivée.</numerusform>
            <numerusform>Reprise de %n tâches que le hub avait attribuées à cet ordinateur mais qui n’étaient jamais arrivées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave %n tasks back to the hub for other computers.</source>
        <translation>
            <numerusform>%n tâche rendue au hub pour d’autres ordinateurs.</numerusform>
            <numerusform>%n tâches rendues au hub pour d’autres ordinateurs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dropped %n tasks that the hub no longer expects from this computer.</source>
        <translation>
            <numerusform>%n tâche abandonnée, que le hub n’attend plus de cet ordinateur.</numerusform>
            <numerusform>%n tâches abandonnées, que le hub n’attend plus de cet ordinateur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1 free on the disk holding %2; SpareCycles takes no new work while less than %3 is free. Free some space.</source>
        <translation>Seulement %1 libre sur le disque contenant %2&#xa0;; SpareCycles ne prend pas de nouveau travail tant que moins de %3 est libre. Libérez de la place.</translation>
    </message>
    <message>
        <source>Tasks keep %1 in %2, the most they may use (Settings); new work waits until some finish.</source>
        <translation>Les tâches occupent %1 dans %2, le maximum permis (Paramètres)&#xa0;; le nouveau travail attend que certaines se terminent.</translation>
    </message>
    <message numerus="yes">
        <source>Received %n tasks from the hub.</source>
        <translation>
            <numerusform>%n tâche reçue du hub.</numerusform>
            <numerusform>%n tâches reçues du hub.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dropped a task: its deadline passed before it could finish.</source>
        <translation>Tâche abandonnée&#xa0;: son délai a expiré avant qu’elle ait pu se terminer.</translation>
    </message>
    <message>
        <source>Refused to start a task: the network did not sign it (it is not as the hub issued it). The task is dropped.</source>
        <translation>Lancement d’une tâche refusé&#xa0;: le réseau ne l’a pas signée (elle n’est pas telle que le hub l’a émise). La tâche est abandonnée.</translation>
    </message>
    <message>
        <source>Cannot start a task: %1</source>
        <translation>Impossible de lancer une tâche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Task started</source>
        <translation>Tâche lancée</translation>
    </message>
    <message>
        <source>A task was stopped because it broke a limit of its sandbox; the network is told</source>
        <translation>Une tâche a été arrêtée car elle a dépassé une limite de son bac à sable&#xa0;; le réseau est prévenu</translation>
    </message>
    <message>
        <source>Task finished</source>
        <translation>Tâche terminée</translation>
    </message>
    <message>
        <source>A task stopped: the disk holding %1 is full (%2 free). It runs again from its checkpoint once there is space.</source>
        <translation>Une tâche s’est arrêtée&#xa0;: le disque contenant %1 est plein (%2 libre). Elle reprendra depuis son point de sauvegarde dès qu’il y aura de la place.</translation>
    </message>
    <message>
        <source>A task stopped and could not be recorded in the task database in %1; trying again later.</source>
        <translation>Une tâche s’est arrêtée et n’a pas pu être notée dans la base des tâches dans %1&#xa0;; nouvel essai plus tard.</translation>
    </message>
    <message>
        <source>A task stopped unexpectedly; it runs again from its last checkpoint</source>
        <translation>Une tâche s’est arrêtée de façon inattendue&#xa0;; elle reprend depuis son dernier point de sauvegarde</translation>
    </message>
    <message>
        <source>Exit code %1.</source>
        <translation>Code de sortie %1.</translation>
    </message>
    <message numerus="yes">
        <source>A task failed %n times and was given up; the network is told</source>
        <translation>
            <numerusform>Une tâche a échoué %n fois et a été abandonnée&#xa0;; le réseau est prévenu</numerusform>
            <numerusform>Une tâche a échoué %n fois et a été abandonnée&#xa0;; le réseau est prévenu</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do: the network gives it to another computer.</source>
        <translation>Rien à faire&#xa0;: le réseau la confie à un autre ordinateur.</translation>
    </message>
    <message>
        <source>The hub did not accept the result of a task: %1</source>
        <translation>Le hub n’a pas accepté le résultat d’une tâche&#xa0;: %1</translation>
    </message>
    <message>
        <source>The hub could not take the result of a task now (%1); trying again later.</source>
        <translation>Le hub n’a pas pu prendre le résultat d’une tâche pour l’instant (%1)&#xa0;; nouvel essai plus tard.</translation>
    </message>
    <message numerus="yes">
        <source>The network changed: %n tasks from the previous network were dropped.</source>
        <translation>
            <numerusform>Le réseau a changé&#xa0;: %n tâche de l’ancien réseau a été abandonnée.</numerusform>
            <numerusform>Le réseau a changé&#xa0;: %n tâches de l’ancien réseau ont été abandonnées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gave a GPU task back to the network: tasks may not use the graphics card.</source>
        <translation>Une tâche GPU a été rendue au réseau : les tâches ne peuvent pas utiliser la carte graphique.</translation>
    </message>
</context>
<context>
    <name>sc::core::WalletWatch</name>
    <message>
        <source>This network names no blockchain node to read your balance from. Add one in Settings (blockchain node address).</source>
        <translation>Ce réseau n’indique aucun nœud de blockchain où lire votre solde. Ajoutez-en un dans les Paramètres (adresse du nœud de blockchain).</translation>
    </message>
    <message>
        <source>The blockchain node %1 is on chain %2, but this network pays on chain %3.</source>
        <translation>Le nœud de blockchain %1 est sur la chaîne %2, mais ce réseau verse sur la chaîne %3.</translation>
    </message>
    <message>
        <source>The blockchain node %1 sent a balance that is not a number.</source>
        <translation>Le nœud de blockchain %1 a envoyé un solde qui n’est pas un nombre.</translation>
    </message>
    <message>
        <source>The blockchain node %1 did not answer: %2</source>
        <translation>Le nœud de blockchain %1 n’a pas répondu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reading the wallet balance from %1 failed: %2</source>
        <translation>La lecture du solde du portefeuille depuis %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not reach the blockchain node (%1).</source>
        <translation>Impossible de joindre le nœud de blockchain (%1).</translation>
    </message>
    <message>
        <source>The blockchain node (%1) gave an answer this app cannot use.</source>
        <translation>Le nœud de blockchain (%1) a donné une réponse que cette application ne peut pas utiliser.</translation>
    </message>
</context>
<context>
    <name>sc::ui::ActivityLog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks finished, %1 credited</source>
        <translation>
            <numerusform>%n tâche terminée, %1 crédité</numerusform>
            <numerusform>%n tâches terminées, %1 crédité</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks finished</source>
        <translation>
            <numerusform>%n tâche terminée</numerusform>
            <numerusform>%n tâches terminées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 credited for %n tasks</source>
        <translation>
            <numerusform>%1 crédité pour %n tâche</numerusform>
            <numerusform>%1 crédité pour %n tâches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks started</source>
        <translation>
            <numerusform>%n tâche lancée</numerusform>
            <numerusform>%n tâches lancées</numerusform>
        </translation>
    </message>
    <message>
        <source>A task</source>
        <translation>Une tâche</translation>
    </message>
    <message>
        <source>%1: finished, %2 credited</source>
        <translation>%1&#xa0;: terminée, %2 crédité</translation>
    </message>
    <message>
        <source>%1: %2 credited</source>
        <translation>%1&#xa0;: %2 crédité</translation>
    </message>
    <message>
        <source>%1: finished</source>
        <translation>%1&#xa0;: terminée</translation>
    </message>
    <message>
        <source>%1: started</source>
        <translation>%1&#xa0;: lancée</translation>
    </message>
</context>
<context>
    <name>sc::ui::ActivityPage</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>What SpareCycles did recently, newest first.</source>
        <translation>Ce que SpareCycles a fait récemment, le plus récent en premier.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>All activity</source>
        <translation>Toute l’activité</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Problèmes seulement</translation>
    </message>
    <message>
        <source>Copy the lines shown, with their times</source>
        <translation>Copier les lignes affichées, avec leur heure</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Activité récente</translation>
    </message>
</context>
<context>
    <name>sc::ui::BarLineChart</name>
    <message>
        <source>Point at a bar to see its exact values.</source>
        <translation>Pointez une barre pour voir ses valeurs exactes.</translation>
    </message>
    <message>
        <source>Point at the line to see its exact values.</source>
        <translation>Pointez la ligne pour voir ses valeurs exactes.</translation>
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
        <translation>Pages</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Gains</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>Ce PC</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
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
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export earnings to a CSV file</source>
        <translation>Exporter les gains dans un fichier CSV</translation>
    </message>
    <message>
        <source>Earned per period</source>
        <translation>Gagné par période</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Total cumulé</translation>
    </message>
    <message>
        <source>Chart of earnings</source>
        <translation>Graphique des gains</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Versements</translation>
    </message>
    <message>
        <source>No payouts yet. The network sends your credit to your payout address once enough of it is waiting.</source>
        <translation>Pas encore de versement. Le réseau envoie votre crédit à votre adresse de versement dès qu’il y en a assez en attente.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>The earnings record could not be opened.</source>
        <translation>Le relevé des gains n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Earned in this period: %1 · In total: %2</source>
        <translation>Gagné sur cette période&#xa0;: %1 · Au total&#xa0;: %2</translation>
    </message>
    <message>
        <source>Waiting for payout: %1 · Paid out: %2</source>
        <translation>En attente de versement&#xa0;: %1 · Versé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing earned in this period yet. Credit appears here once the network has checked the results your computer sent.</source>
        <translation>Rien de gagné sur cette période pour l’instant. Le crédit apparaît ici dès que le réseau a vérifié les résultats envoyés par votre ordinateur.</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Versé</translation>
    </message>
    <message>
        <source>Total earned</source>
        <translation>Total gagné</translation>
    </message>
    <message>
        <source>Earned per day</source>
        <translation>Gagné par jour</translation>
    </message>
    <message>
        <source>Earned per week</source>
        <translation>Gagné par semaine</translation>
    </message>
    <message>
        <source>Earned per month</source>
        <translation>Gagné par mois</translation>
    </message>
    <message>
        <source>SCT</source>
        <translation>SCT</translation>
    </message>
    <message>
        <source>Failed: the amount is back in Waiting for payout</source>
        <translation>Échec&#xa0;: le montant est revenu dans «&#xa0;En attente de versement&#xa0;»</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Versé</translation>
    </message>
    <message>
        <source>On its way</source>
        <translation>En route</translation>
    </message>
    <message>
        <source>Sent by the network; not yet checked on the blockchain</source>
        <translation>Envoyé par le réseau&#xa0;; pas encore vérifié sur la blockchain</translation>
    </message>
    <message>
        <source>Failed on the blockchain; the network should pay it again</source>
        <translation>Échec sur la blockchain&#xa0;; le réseau devrait le verser à nouveau</translation>
    </message>
    <message>
        <source>On the blockchain this transaction did not pay this amount to your address</source>
        <translation>Sur la blockchain, cette transaction n’a pas versé ce montant à votre adresse</translation>
    </message>
    <message>
        <source>Not found on the blockchain, although the network says it was paid</source>
        <translation>Introuvable sur la blockchain, bien que le réseau dise l’avoir versé</translation>
    </message>
    <message numerus="yes">
        <source>Confirmed (%n confirmations)</source>
        <translation>
            <numerusform>Confirmé (%n confirmation)</numerusform>
            <numerusform>Confirmé (%n confirmations)</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the transaction ID</source>
        <translation>Copier l’ID de transaction</translation>
    </message>
    <message>
        <source>Copy the full transaction ID, to look it up on the blockchain</source>
        <translation>Copier l’ID complet de la transaction, pour la retrouver sur la blockchain</translation>
    </message>
    <message>
        <source>Export earnings</source>
        <translation>Exporter les gains</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>sc::ui::FirstRunWizard</name>
    <message>
        <source>Welcome to SpareCycles</source>
        <translation>Bienvenue dans SpareCycles</translation>
    </message>
    <message>
        <source>Quit setup?</source>
        <translation>Quitter la configuration&#xa0;?</translation>
    </message>
    <message>
        <source>SpareCycles does not start until setup is finished. Quit setup anyway?</source>
        <translation>SpareCycles ne démarre pas tant que la configuration n’est pas terminée. Quitter quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Lend your computer&apos;s spare time</source>
        <translation>Prêtez le temps libre de votre ordinateur</translation>
    </message>
    <message>
        <source>&lt;p&gt;SpareCycles runs small computing tasks for a network while you are away from your computer, and records the credit you earn for them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What it does:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;starts tasks only when you allow it (by default: when you are away);&lt;/li&gt;&lt;li&gt;stops them within a fraction of a second when you come back;&lt;/li&gt;&lt;li&gt;slows down when the processor gets hot or you are on battery.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;What it never does:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;read your files, or let tasks use the network;&lt;/li&gt;&lt;li&gt;run tasks as you or with administrator rights;&lt;/li&gt;&lt;li&gt;ask for your wallet&apos;s secret words or keys: only a wallet you let it make or bring in is kept, on this computer alone.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;SpareCycles exécute de petites tâches de calcul pour un réseau pendant que vous n’êtes pas devant votre ordinateur, et note le crédit que vous gagnez ainsi.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ce qu’il fait&#xa0;:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;il ne lance des tâches que si vous le permettez (par défaut&#xa0;: quand vous êtes absent)&#xa0;;&lt;/li&gt;&lt;li&gt;il les arrête en une fraction de seconde quand vous revenez&#xa0;;&lt;/li&gt;&lt;li&gt;il ralentit quand le processeur chauffe ou que vous êtes sur batterie.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Ce qu’il ne fait jamais&#xa0;:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;lire vos fichiers, ou laisser les tâches utiliser le réseau&#xa0;;&lt;/li&gt;&lt;li&gt;exécuter des tâches sous votre compte ou avec des droits d’administrateur&#xa0;;&lt;/li&gt;&lt;li&gt;demander les mots secrets ou les clés de votre portefeuille&#xa0;: seul un portefeuille que vous lui faites créer ou importer est gardé, sur cet ordinateur uniquement.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Which network?</source>
        <translation>Quel réseau&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Demo network on this computer</source>
        <translation>Réseau de &amp;démo sur cet ordinateur</translation>
    </message>
    <message>
        <source>A &amp;hub on the internet:</source>
        <translation>Un &amp;hub sur Internet&#xa0;:</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Adresse du hub</translation>
    </message>
    <message>
        <source>To try SpareCycles out: tasks, credit and payouts are real, but they stay on this computer, and its credit has no value.</source>
        <translation>Pour essayer SpareCycles&#xa0;: les tâches, le crédit et les versements sont réels, mais ils restent sur cet ordinateur, et ce crédit n’a aucune valeur.</translation>
    </message>
    <message>
        <source>Where should payouts go?</source>
        <translation>Où envoyer les versements&#xa0;?</translation>
    </message>
    <message>
        <source>Give the address of your Ethereum-compatible (EVM) wallet: it starts with 0x and has 42 characters; copy it from your wallet app. Only the address: never your secret words or key. You can leave it empty and add it later.</source>
        <translation>Indiquez l’adresse de votre portefeuille compatible Ethereum (EVM)&#xa0;: elle commence par 0x et compte 42 caractères&#xa0;; copiez-la depuis votre application de portefeuille. Seulement l’adresse&#xa0;: jamais vos mots secrets ni votre clé. Vous pouvez laisser le champ vide et l’ajouter plus tard.</translation>
    </message>
    <message>
        <source>0x… (your wallet’s address, optional)</source>
        <translation>0x… (l’adresse de votre portefeuille, facultatif)</translation>
    </message>
    <message>
        <source>Payout address</source>
        <translation>Adresse de versement</translation>
    </message>
    <message>
        <source>The payout address above is this wallet&apos;s.</source>
        <translation>L’adresse de versement ci-dessus est celle de ce portefeuille.</translation>
    </message>
    <message>
        <source>When may tasks run?</source>
        <translation>Quand les tâches peuvent-elles tourner&#xa0;?</translation>
    </message>
    <message>
        <source>Only when I am &amp;away from the computer (recommended)</source>
        <translation>Seulement quand je m’&amp;absente (recommandé)</translation>
    </message>
    <message>
        <source>&amp;Always, at the lowest priority (may make fans louder)</source>
        <translation>&amp;Toujours, en priorité la plus basse (les ventilateurs peuvent être plus bruyants)</translation>
    </message>
    <message>
        <source>At &amp;these hours (click or drag to change):</source>
        <translation>À &amp;ces heures (cliquez ou glissez pour changer)&#xa0;:</translation>
    </message>
    <message>
        <source>You can change this any time in Settings, and pause from the tray icon.</source>
        <translation>Vous pouvez changer cela à tout moment dans les Paramètres, et mettre en pause depuis l’icône de la zone de notification.</translation>
    </message>
    <message>
        <source>All set</source>
        <translation>C’est prêt</translation>
    </message>
    <message>
        <source>SpareCycles keeps a wallet for you on this computer. You can save a copy of it to a file, which MetaMask and most other wallets open.</source>
        <translation>SpareCycles garde un portefeuille pour vous sur cet ordinateur. Vous pouvez en enregistrer une copie dans un fichier, que MetaMask et la plupart des autres portefeuilles savent ouvrir.</translation>
    </message>
    <message>
        <source>No wallet yet? SpareCycles can make one for you and keep it on this computer; you write down 12 recovery words that bring it back.</source>
        <translation>Pas encore de portefeuille&#xa0;? SpareCycles peut en créer un pour vous et le garder sur cet ordinateur&#xa0;; vous notez 12 mots de récupération qui permettent de le retrouver.</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Enregistrer une copie…</translation>
    </message>
    <message>
        <source>&amp;Make one for me…</source>
        <translation>En &amp;créer un pour moi…</translation>
    </message>
    <message>
        <source>A hub address looks like https://hub.example.org.</source>
        <translation>Une adresse de hub ressemble à https://hub.example.org.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Impossible de joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 answers, but it is not a SpareCycles hub.</source>
        <translation>%1 répond, mais ce n’est pas un hub SpareCycles.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>Choose at least one hour, or tasks could never run.</source>
        <translation>Choisissez au moins une heure, sinon les tâches ne pourraient jamais tourner.</translation>
    </message>
    <message>
        <source>Network: the demo network on this computer.</source>
        <translation>Réseau&#xa0;: le réseau de démo sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation>Réseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Payouts: no address yet.</source>
        <translation>Versements&#xa0;: pas encore d’adresse.</translation>
    </message>
    <message>
        <source>Payouts to: %1</source>
        <translation>Versements à&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tasks run only when you are away.</source>
        <translation>Les tâches tournent seulement quand vous êtes absent.</translation>
    </message>
    <message>
        <source>Tasks run always, at the lowest priority.</source>
        <translation>Les tâches tournent toujours, en priorité la plus basse.</translation>
    </message>
    <message numerus="yes">
        <source>Tasks run only at the hours you chose (%n hours a week).</source>
        <translation>
            <numerusform>Les tâches tournent seulement aux heures choisies (%n heure par semaine).</numerusform>
            <numerusform>Les tâches tournent seulement aux heures choisies (%n heures par semaine).</numerusform>
        </translation>
    </message>
    <message>
        <source>SpareCycles lives in the tray (the icon near the clock). Click it to see what it does and what you earned.</source>
        <translation>SpareCycles se trouve dans la zone de notification (l’icône près de l’horloge). Cliquez dessus pour voir ce qu’il fait et ce que vous avez gagné.</translation>
    </message>
</context>
<context>
    <name>sc::ui::HistoryPage</name>
    <message>
        <source>Processor time</source>
        <translation>Temps processeur</translation>
    </message>
    <message>
        <source>Tasks finished</source>
        <translation>Tâches terminées</translation>
    </message>
    <message>
        <source>The contribution record could not be opened.</source>
        <translation>Le relevé de contribution n’a pas pu être ouvert.</translation>
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
            <numerusform>Sur cette période&#xa0;: %1 de temps processeur, %n tâche terminée.</numerusform>
            <numerusform>Sur cette période&#xa0;: %1 de temps processeur, %n tâches terminées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The network accepted %n results</source>
        <translation>
            <numerusform>Le réseau a accepté %n résultat</numerusform>
            <numerusform>Le réseau a accepté %n résultats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and rejected %n (wrong, failed or late).</source>
        <translation>
            <numerusform>et en a refusé %n (faux, en échec ou en retard).</numerusform>
            <numerusform>et en a refusé %n (faux, en échec ou en retard).</numerusform>
        </translation>
    </message>
    <message>
        <source>Your computer has not worked on any task in this period yet. Tasks run when you are away from the computer (see Settings).</source>
        <translation>Votre ordinateur n’a encore travaillé sur aucune tâche pendant cette période. Les tâches tournent quand vous n’êtes pas devant l’ordinateur (voir Paramètres).</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Minutes of processor time</source>
        <translation>Minutes de temps processeur</translation>
    </message>
    <message>
        <source>Hours of processor time</source>
        <translation>Heures de temps processeur</translation>
    </message>
    <message>
        <source>Chart of the time your computer worked and finished tasks</source>
        <translation>Graphique du temps de travail de votre ordinateur et des tâches terminées</translation>
    </message>
    <message>
        <source>Processor and graphics card time</source>
        <translation>Temps processeur et carte graphique</translation>
    </message>
    <message numerus="yes">
        <source>In this period: %1 of processor time and %2 of graphics card time, %n tasks finished.</source>
        <translation>
            <numerusform>Sur cette période&#xa0;: %1 de temps processeur et %2 de temps carte graphique, %n tâche terminée.</numerusform>
            <numerusform>Sur cette période&#xa0;: %1 de temps processeur et %2 de temps carte graphique, %n tâches terminées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Processeur</translation>
    </message>
    <message>
        <source>Graphics card</source>
        <translation>Carte graphique</translation>
    </message>
    <message>
        <source>Minutes of work</source>
        <translation>Minutes de travail</translation>
    </message>
    <message>
        <source>Hours of work</source>
        <translation>Heures de travail</translation>
    </message>
</context>
<context>
    <name>sc::ui::LiveChart</name>
    <message>
        <source>CPU temperature (°C)</source>
        <translation>Température du CPU (°C)</translation>
    </message>
    <message>
        <source>Share of time tasks run (%)</source>
        <translation>Part du temps où les tâches tournent (%)</translation>
    </message>
    <message>
        <source>Processor used by tasks (% of the computer)</source>
        <translation>Processeur utilisé par les tâches (% de l’ordinateur)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
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
        <translation>Collecte des premières mesures…</translation>
    </message>
    <message>
        <source>This computer does not report its processor temperature; only the tasks’ share of time and processor use are shown.</source>
        <translation>Cet ordinateur n’indique pas la température de son processeur&#xa0;; seuls la part de temps des tâches et l’usage du processeur sont affichés.</translation>
    </message>
    <message>
        <source>Graphics card temperature (°C)</source>
        <translation>Température de la carte graphique (°C)</translation>
    </message>
    <message>
        <source>This computer does not report its processor temperature; the graphics card’s is shown.</source>
        <translation>Cet ordinateur n’indique pas la température de son processeur&#xa0;; celle de la carte graphique est affichée.</translation>
    </message>
</context>
<context>
    <name>sc::ui::OverviewPage</name>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Run tasks without a sandbox…</source>
        <translation>Exécuter les tâches sans bac à sable…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Gagné</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>In total</source>
        <translation>Au total</translation>
    </message>
    <message>
        <source>Waiting for payout</source>
        <translation>En attente de versement</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Versé</translation>
    </message>
    <message>
        <source>Payout wallet</source>
        <translation>Portefeuille de versement</translation>
    </message>
    <message>
        <source>What your payout address holds on the blockchain, including anything it received from elsewhere.</source>
        <translation>Ce que votre adresse de versement détient sur la blockchain, y compris ce qu’elle a reçu d’ailleurs.</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>For network fees</source>
        <translation>Pour les frais de réseau</translation>
    </message>
    <message>
        <source>Last 10 minutes</source>
        <translation>10 dernières minutes</translation>
    </message>
    <message>
        <source>Chart of CPU temperature and task running time over the last 10 minutes</source>
        <translation>Graphique de la température du CPU et du temps de calcul des tâches sur les 10 dernières minutes</translation>
    </message>
    <message>
        <source>Tasks on this computer</source>
        <translation>Tâches sur cet ordinateur</translation>
    </message>
    <message>
        <source>No task is running right now.</source>
        <translation>Aucune tâche ne tourne en ce moment.</translation>
    </message>
    <message>
        <source>Waiting for your permission</source>
        <translation>En attente de votre accord</translation>
    </message>
    <message>
        <source>Tasks wait where they stopped and go on from there when you resume.</source>
        <translation>Les tâches attendent là où elles se sont arrêtées et continuent de là quand vous reprenez.</translation>
    </message>
    <message>
        <source>Paused until you resume</source>
        <translation>En pause jusqu’à ce que vous repreniez</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>En pause jusqu’à %1</translation>
    </message>
    <message>
        <source>Running now until %1, even while you use the computer</source>
        <translation>Calcule maintenant jusqu’à %1, même pendant que vous utilisez l’ordinateur</translation>
    </message>
    <message>
        <source>Run tasks without a sandbox?</source>
        <translation>Exécuter les tâches sans bac à sable&#xa0;?</translation>
    </message>
    <message>
        <source>Tasks come from the network&apos;s strangers. Without a sandbox they run as you: they could read your files and use the network. They still run only when you are away and at the lowest priority.

Installing bubblewrap is safer. You can turn this off again in Settings.</source>
        <translation>Les tâches viennent d’inconnus du réseau. Sans bac à sable, elles tournent sous votre compte&#xa0;: elles pourraient lire vos fichiers et utiliser le réseau. Elles tournent toujours seulement quand vous êtes absent, en priorité la plus basse.

Installer bubblewrap est plus sûr. Vous pouvez désactiver ceci dans les Paramètres.</translation>
    </message>
    <message>
        <source>Run without a sandbox</source>
        <translation>Exécuter sans bac à sable</translation>
    </message>
    <message>
        <source>A task</source>
        <translation>Une tâche</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2, suspended</source>
        <translation>%1 — %2, suspendue</translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <translation>%1 — %2 · %3</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Progression de %1</translation>
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
        <translation>Aucun solde de %1 n’a encore pu être lu.</translation>
    </message>
    <message>
        <source>Showing the balance from %1.</source>
        <translation>Le solde affiché date de %1.</translation>
    </message>
    <message>
        <source>%1 %2 Trying again in a minute. Check your internet connection, or change “Blockchain node address” in Settings.</source>
        <translation>%1 %2 Nouvel essai dans une minute. Vérifiez votre connexion Internet, ou changez «&#xa0;Adresse du nœud de blockchain&#xa0;» dans les Paramètres.</translation>
    </message>
    <message>
        <source>Reading the balance of %1 from the blockchain…</source>
        <translation>Lecture du solde de %1 sur la blockchain…</translation>
    </message>
    <message>
        <source>Read from the blockchain at %1 for %2.</source>
        <translation>Lu sur la blockchain à %1 pour %2.</translation>
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
        <translation>Temps de travail des 7 derniers jours</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Processeur</translation>
    </message>
    <message>
        <source>Graphics card</source>
        <translation>Carte graphique</translation>
    </message>
</context>
<context>
    <name>sc::ui::RangeSelector</name>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
</context>
<context>
    <name>sc::ui::ScheduleGrid</name>
    <message>
        <source>Hours when tasks may run</source>
        <translation>Heures où les tâches peuvent tourner</translation>
    </message>
    <message>
        <source>A week, one row per day and one column per hour. Filled hours are when tasks may run. Arrow keys move, Space switches an hour.</source>
        <translation>Une semaine, une ligne par jour et une colonne par heure. Les heures remplies sont celles où les tâches peuvent tourner. Les flèches déplacent, Espace active ou désactive une heure.</translation>
    </message>
</context>
<context>
    <name>sc::ui::SettingsPage</name>
    <message>
        <source>Move</source>
        <translation>Changer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Valeurs par défaut</translation>
    </message>
    <message>
        <source>Restore the defaults of “%1”</source>
        <translation>Rétablir les valeurs par défaut de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Puts every choice in “%1” back as SpareCycles came.</source>
        <translation>Remet chaque choix de «&#xa0;%1&#xa0;» comme à l’installation de SpareCycles.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>When to run</source>
        <translation>Quand calculer</translation>
    </message>
    <message>
        <source>Only while I’m away from the computer</source>
        <translation>Seulement quand je m’absente</translation>
    </message>
    <message>
        <source>Start after I have been away for</source>
        <translation>Démarrer après une absence de</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes away before tasks start</source>
        <translation>Minutes d’absence avant que les tâches démarrent</translation>
    </message>
    <message>
        <source>Always, but slowed down while I use the computer</source>
        <translation>Toujours, mais ralenti pendant que j’utilise l’ordinateur</translation>
    </message>
    <message>
        <source>While I use it, tasks get</source>
        <translation>Pendant ce temps, les tâches ont</translation>
    </message>
    <message>
        <source>%1 % of the processor time</source>
        <translation>%1&#xa0;% du processeur</translation>
    </message>
    <message>
        <source>Processor time for tasks while you use the computer</source>
        <translation>Temps processeur pour les tâches pendant que vous utilisez l’ordinateur</translation>
    </message>
    <message>
        <source>Always, at full speed</source>
        <translation>Toujours, à pleine vitesse</translation>
    </message>
    <message>
        <source>Tasks always run at the lowest priority, so the programs you use come first.</source>
        <translation>Les tâches tournent toujours en priorité la plus basse, pour que vos programmes passent en premier.</translation>
    </message>
    <message>
        <source>Also use the graphics card while I use the computer</source>
        <translation>Utiliser aussi la carte graphique pendant que j’utilise l’ordinateur</translation>
    </message>
    <message>
        <source>Hours when tasks may run (click or drag to change):</source>
        <translation>Heures où les tâches peuvent tourner (cliquez ou glissez pour changer)&#xa0;:</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>À toute heure</translation>
    </message>
    <message>
        <source>Allow every hour of the week.</source>
        <translation>Autoriser toutes les heures de la semaine.</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Processor cores tasks may use</source>
        <translation>Cœurs du processeur que les tâches peuvent utiliser</translation>
    </message>
    <message numerus="yes">
        <source>of %n cores</source>
        <translation>
            <numerusform>sur %n cœur</numerusform>
            <numerusform>sur %n cœurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Processor cores:</source>
        <translation>Cœurs du processeur&#xa0;:</translation>
    </message>
    <message>
        <source>Processor time:</source>
        <translation>Temps processeur&#xa0;:</translation>
    </message>
    <message>
        <source>Processor time each task may use</source>
        <translation>Temps processeur que chaque tâche peut utiliser</translation>
    </message>
    <message>
        <source>%1 % of each core&apos;s time</source>
        <translation>%1&#xa0;% du temps de chaque cœur</translation>
    </message>
    <message>
        <source>Memory while I use the computer:</source>
        <translation>Mémoire quand j’utilise l’ordinateur&#xa0;:</translation>
    </message>
    <message>
        <source>Memory tasks may use while you use the computer</source>
        <translation>Mémoire que les tâches peuvent utiliser pendant que vous utilisez l’ordinateur</translation>
    </message>
    <message>
        <source>%1 % (%2)</source>
        <translation>%1&#xa0;% (%2)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Memory while I’m away:</source>
        <translation>Mémoire quand je suis absent&#xa0;:</translation>
    </message>
    <message>
        <source>Memory tasks may use while you are away</source>
        <translation>Mémoire que les tâches peuvent utiliser pendant votre absence</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>Disk space always left free</source>
        <translation>Espace disque toujours laissé libre</translation>
    </message>
    <message>
        <source>Always leave free on the disk:</source>
        <translation>Toujours laisser libre sur le disque&#xa0;:</translation>
    </message>
    <message>
        <source>Disk space tasks may use at most</source>
        <translation>Espace disque maximal pour les tâches</translation>
    </message>
    <message>
        <source>Disk space for tasks, at most:</source>
        <translation>Espace disque pour les tâches, au plus&#xa0;:</translation>
    </message>
    <message>
        <source>Pause tasks while other programs keep the processor busy</source>
        <translation>Mettre les tâches en pause quand d’autres programmes occupent le processeur</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>above %1 % of the processor</source>
        <translation>plus de %1&#xa0;% du processeur</translation>
    </message>
    <message>
        <source>How busy other programs must keep the processor</source>
        <translation>À quel point les autres programmes doivent occuper le processeur</translation>
    </message>
    <message>
        <source>When they use</source>
        <translation>Quand ils utilisent</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds other programs must be busy before tasks pause</source>
        <translation>Secondes d’activité des autres programmes avant la pause des tâches</translation>
    </message>
    <message>
        <source>Pause once they have been busy for:</source>
        <translation>Pause après une activité de&#xa0;:</translation>
    </message>
    <message>
        <source>Seconds tasks stay paused at least</source>
        <translation>Durée minimale de pause des tâches, en secondes</translation>
    </message>
    <message>
        <source>Then stay paused for at least:</source>
        <translation>Puis rester en pause au moins&#xa0;:</translation>
    </message>
    <message>
        <source>Pause while one of these programs runs (a game, for example):</source>
        <translation>Pause pendant que l’un de ces programmes tourne (un jeu, par exemple)&#xa0;:</translation>
    </message>
    <message>
        <source>Programs that pause tasks while they run</source>
        <translation>Programmes qui mettent les tâches en pause quand ils tournent</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Pause for a program</source>
        <translation>Pause pour un programme</translation>
    </message>
    <message>
        <source>The program’s name as the system lists it (for example steam or blender):</source>
        <translation>Le nom du programme tel que le système l’affiche (par exemple steam ou blender)&#xa0;:</translation>
    </message>
    <message>
        <source>Run tasks even where they cannot be shut in a sandbox</source>
        <translation>Exécuter les tâches même là où elles ne peuvent pas être enfermées dans un bac à sable</translation>
    </message>
    <message>
        <source>Not recommended: without a sandbox a task could read your files. SpareCycles uses a sandbox wherever this computer can set one up.</source>
        <translation>Déconseillé&#xa0;: sans bac à sable, une tâche pourrait lire vos fichiers. SpareCycles utilise un bac à sable partout où cet ordinateur peut en créer un.</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Tasks slow down as the temperature nears the limit and stop above it, so the computer never runs hotter than you allow.</source>
        <translation>Les tâches ralentissent quand la température approche de la limite et s’arrêtent au-delà&#xa0;: l’ordinateur ne chauffe jamais plus que vous ne le permettez.</translation>
    </message>
    <message>
        <source> °C</source>
        <translation> °C</translation>
    </message>
    <message>
        <source>Processor: keep below</source>
        <translation>Processeur&#xa0;: rester sous</translation>
    </message>
    <message>
        <source>Processor temperature limit</source>
        <translation>Limite de température du processeur</translation>
    </message>
    <message>
        <source>Graphics card: keep below</source>
        <translation>Carte graphique&#xa0;: rester sous</translation>
    </message>
    <message>
        <source>Graphics card temperature limit</source>
        <translation>Limite de température de la carte graphique</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Batterie</translation>
    </message>
    <message>
        <source>Pause tasks</source>
        <translation>Mettre les tâches en pause</translation>
    </message>
    <message>
        <source>Run only while the battery is charged enough</source>
        <translation>Calculer seulement si la batterie est assez chargée</translation>
    </message>
    <message>
        <source>Run as on mains power</source>
        <translation>Calculer comme sur secteur</translation>
    </message>
    <message>
        <source>What tasks do on battery</source>
        <translation>Ce que font les tâches sur batterie</translation>
    </message>
    <message>
        <source>On battery:</source>
        <translation>Sur batterie&#xa0;:</translation>
    </message>
    <message>
        <source>above %1 %</source>
        <translation>au-dessus de %1&#xa0;%</translation>
    </message>
    <message>
        <source>Battery charge tasks need</source>
        <translation>Charge de batterie nécessaire aux tâches</translation>
    </message>
    <message>
        <source>Run while charged:</source>
        <translation>Calculer si la charge est&#xa0;:</translation>
    </message>
    <message>
        <source>On a computer without a battery this changes nothing.</source>
        <translation>Sur un ordinateur sans batterie, cela ne change rien.</translation>
    </message>
    <message>
        <source>Network and payout</source>
        <translation>Réseau et versements</translation>
    </message>
    <message>
        <source>Work for:</source>
        <translation>Calculer pour&#xa0;:</translation>
    </message>
    <message>
        <source>The demo network on this computer (its credit has no value)</source>
        <translation>Le réseau de démo sur cet ordinateur (son crédit n’a aucune valeur)</translation>
    </message>
    <message>
        <source>The network at this address:</source>
        <translation>Le réseau à cette adresse&#xa0;:</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Address of the network</source>
        <translation>Adresse du réseau</translation>
    </message>
    <message>
        <source>&amp;Join…</source>
        <translation>&amp;Rejoindre…</translation>
    </message>
    <message>
        <source>the demo network on this computer</source>
        <translation>le réseau de démo sur cet ordinateur</translation>
    </message>
    <message>
        <source>Payout address (where the network sends what you earn):</source>
        <translation>Adresse de versement (où le réseau envoie ce que vous gagnez)&#xa0;:</translation>
    </message>
    <message>
        <source>0x… (your wallet’s address; you can add it later)</source>
        <translation>0x… (l’adresse de votre portefeuille&#xa0;; vous pouvez l’ajouter plus tard)</translation>
    </message>
    <message>
        <source>Payout address</source>
        <translation>Adresse de versement</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the payout address</source>
        <translation>Copier l’adresse de versement</translation>
    </message>
    <message>
        <source>Create or import a wallet…</source>
        <translation>Créer ou importer un portefeuille…</translation>
    </message>
    <message>
        <source>No wallet yet? SpareCycles can make one for you, or bring in one you have from its recovery words or a wallet file.</source>
        <translation>Pas encore de portefeuille&#xa0;? SpareCycles peut en créer un pour vous, ou importer le vôtre depuis ses mots de récupération ou un fichier de portefeuille.</translation>
    </message>
    <message>
        <source>Export wallet…</source>
        <translation>Exporter le portefeuille…</translation>
    </message>
    <message>
        <source>Save a copy of the wallet SpareCycles holds to a file locked with a password.</source>
        <translation>Enregistrer une copie du portefeuille que garde SpareCycles dans un fichier verrouillé par mot de passe.</translation>
    </message>
    <message>
        <source>Blockchain node to read your wallet balance from:</source>
        <translation>Nœud de blockchain où lire le solde de votre portefeuille&#xa0;:</translation>
    </message>
    <message>
        <source>The one your network suggests</source>
        <translation>Celui que votre réseau propose</translation>
    </message>
    <message>
        <source>Blockchain node address</source>
        <translation>Adresse du nœud de blockchain</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Tell me when:</source>
        <translation>Me prévenir quand&#xa0;:</translation>
    </message>
    <message>
        <source>a payout arrives</source>
        <translation>un versement arrive</translation>
    </message>
    <message>
        <source>tasks stop because the computer got too hot</source>
        <translation>les tâches s’arrêtent parce que l’ordinateur a trop chauffé</translation>
    </message>
    <message>
        <source>a task fails again and again</source>
        <translation>une tâche échoue encore et encore</translation>
    </message>
    <message>
        <source>the network has been out of reach for half an hour</source>
        <translation>le réseau est injoignable depuis une demi-heure</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Dark icon, for a light panel</source>
        <translation>Icône sombre, pour une barre claire</translation>
    </message>
    <message>
        <source>Light icon, for a dark panel</source>
        <translation>Icône claire, pour une barre sombre</translation>
    </message>
    <message>
        <source>Tray icon colour</source>
        <translation>Couleur de l’icône dans la barre</translation>
    </message>
    <message>
        <source>Tray icon:</source>
        <translation>Icône dans la barre&#xa0;:</translation>
    </message>
    <message>
        <source>Start SpareCycles when I log in</source>
        <translation>Lancer SpareCycles à l’ouverture de session</translation>
    </message>
    <message>
        <source>Choose at least one hour, or tasks could never run.</source>
        <translation>Choisissez au moins une heure, sinon les tâches ne pourraient jamais tourner.</translation>
    </message>
    <message>
        <source>Type the network’s address, such as https://hub.example.org.</source>
        <translation>Tapez l’adresse du réseau, comme https://hub.example.org.</translation>
    </message>
    <message>
        <source>A network’s address starts with https:// or http://, such as https://hub.example.org.</source>
        <translation>L’adresse d’un réseau commence par https:// ou http://, comme https://hub.example.org.</translation>
    </message>
    <message>
        <source>Move to another network?</source>
        <translation>Passer à un autre réseau&#xa0;?</translation>
    </message>
    <message>
        <source>Move to %1?

Tasks of the network you work for now that have not finished are dropped, and this computer starts on tasks from the new one. The credit you earned stays in your history.</source>
        <translation>Changer de réseau pour %1&#xa0;?

Les tâches non terminées du réseau pour lequel vous calculez maintenant sont abandonnées, et cet ordinateur commence les tâches du nouveau. Le crédit gagné reste dans votre historique.</translation>
    </message>
    <message>
        <source>SpareCycles now works for %1.</source>
        <translation>SpareCycles calcule maintenant pour %1.</translation>
    </message>
    <message>
        <source>Go back to %1</source>
        <translation>Revenir vers %1</translation>
    </message>
    <message>
        <source>Tasks may run at any hour.</source>
        <translation>Les tâches peuvent tourner à toute heure.</translation>
    </message>
    <message numerus="yes">
        <source>Tasks may run %n of the 168 hours of a week.</source>
        <translation>
            <numerusform>Les tâches peuvent tourner %n heure sur les 168 d’une semaine.</numerusform>
            <numerusform>Les tâches peuvent tourner %n heures sur les 168 d’une semaine.</numerusform>
        </translation>
    </message>
    <message>
        <source>Now %1 °C</source>
        <translation>Actuellement %1&#xa0;°C</translation>
    </message>
    <message>
        <source>This computer does not report it</source>
        <translation>Cet ordinateur ne l’indique pas</translation>
    </message>
    <message>
        <source>No graphics card reports it</source>
        <translation>Aucune carte graphique ne l’indique</translation>
    </message>
    <message>
        <source>Let tasks use the graphics card</source>
        <translation>Permettre aux tâches d’utiliser la carte graphique</translation>
    </message>
</context>
<context>
    <name>sc::ui::ThisPcPage</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Your computer</source>
        <translation>Votre ordinateur</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>&amp;Measure speed now</source>
        <translation>&amp;Mesurer la vitesse maintenant</translation>
    </message>
    <message>
        <source>Measure this computer&apos;s speed now</source>
        <translation>Mesurer la vitesse de cet ordinateur maintenant</translation>
    </message>
    <message>
        <source>Unknown processor</source>
        <translation>Processeur inconnu</translation>
    </message>
    <message>
        <source>%1 cores, can run %2 tasks at once</source>
        <translation>%1 cœurs, peut exécuter %2 tâches à la fois</translation>
    </message>
    <message>
        <source>can run %1 tasks at once</source>
        <translation>peut exécuter %1 tâches à la fois</translation>
    </message>
    <message>
        <source>up to %1 GHz</source>
        <translation>jusqu’à %1 GHz</translation>
    </message>
    <message>
        <source>Processor:</source>
        <translation>Processeur&#xa0;:</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Mémoire&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2 free now)</source>
        <translation>%1 (%2 libre actuellement)</translation>
    </message>
    <message>
        <source>, %1 memory</source>
        <translation>, %1 de mémoire</translation>
    </message>
    <message>
        <source>Graphics:</source>
        <translation>Graphisme&#xa0;:</translation>
    </message>
    <message>
        <source>No graphics card that tasks can use was found.</source>
        <translation>Aucune carte graphique utilisable par les tâches n’a été trouvée.</translation>
    </message>
    <message>
        <source>Free disk space:</source>
        <translation>Espace disque libre&#xa0;:</translation>
    </message>
    <message>
        <source>%1 in the SpareCycles folder</source>
        <translation>%1 dans le dossier SpareCycles</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>Système&#xa0;:</translation>
    </message>
    <message>
        <source>Battery:</source>
        <translation>Batterie&#xa0;:</translation>
    </message>
    <message>
        <source>Yes. Tasks follow the battery rules in Settings.</source>
        <translation>Oui. Les tâches suivent les règles de batterie des Paramètres.</translation>
    </message>
    <message>
        <source>No (this computer runs on mains power).</source>
        <translation>Non (cet ordinateur fonctionne sur secteur).</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>Température&#xa0;:</translation>
    </message>
    <message>
        <source>%1 °C now (measured by %2)</source>
        <translation>%1&#xa0;°C actuellement (mesuré par %2)</translation>
    </message>
    <message>
        <source>This computer does not report its processor temperature, so SpareCycles cannot slow tasks down when it gets hot.</source>
        <translation>Cet ordinateur n’indique pas la température de son processeur&#xa0;: SpareCycles ne peut donc pas ralentir les tâches quand il chauffe.</translation>
    </message>
    <message>
        <source>The speed of this computer has not been measured yet. It takes a few seconds and runs at low priority.</source>
        <translation>La vitesse de cet ordinateur n’a pas encore été mesurée. Cela prend quelques secondes, en priorité basse.</translation>
    </message>
    <message numerus="yes">
        <source>Measured on %1 using %n threads. Higher numbers are faster.</source>
        <translation>
            <numerusform>Mesuré le %1 avec %n thread. Plus les nombres sont élevés, plus c’est rapide.</numerusform>
            <numerusform>Mesuré le %1 avec %n threads. Plus les nombres sont élevés, plus c’est rapide.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall score:</source>
        <translation>Score global&#xa0;:</translation>
    </message>
    <message>
        <source>Whole-number work:</source>
        <translation>Calcul sur entiers&#xa0;:</translation>
    </message>
    <message>
        <source>%1 million operations per second (one core: %2)</source>
        <translation>%1 millions d’opérations par seconde (un cœur&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Decimal maths:</source>
        <translation>Calcul décimal&#xa0;:</translation>
    </message>
    <message>
        <source>Memory speed:</source>
        <translation>Vitesse de la mémoire&#xa0;:</translation>
    </message>
    <message>
        <source>%1 GB per second (one core: %2)</source>
        <translation>%1 GB par seconde (un cœur&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Measuring… (a few seconds)</source>
        <translation>Mesure en cours… (quelques secondes)</translation>
    </message>
</context>
<context>
    <name>sc::ui::TrayController</name>
    <message>
        <source>SpareCycles menu</source>
        <translation>Menu SpareCycles</translation>
    </message>
    <message>
        <source>&amp;Open dashboard</source>
        <translation>&amp;Ouvrir le tableau de bord</translation>
    </message>
    <message>
        <source>Pause for 1 &amp;hour</source>
        <translation>Pause pendant 1 &amp;heure</translation>
    </message>
    <message>
        <source>Pause until &amp;tomorrow</source>
        <translation>Pause jusqu’à &amp;demain</translation>
    </message>
    <message>
        <source>Pause until I &amp;resume</source>
        <translation>Pause jusqu’à ce que je &amp;reprenne</translation>
    </message>
    <message>
        <source>R&amp;esume</source>
        <translation>R&amp;eprendre</translation>
    </message>
    <message>
        <source>Run &amp;now for an hour, even while I use the computer</source>
        <translation>Calculer &amp;maintenant pendant une heure, même si j’utilise l’ordinateur</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>SpareCycles: %1</source>
        <translation>SpareCycles&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks running</source>
        <translation>
            <numerusform>%n tâche en cours</numerusform>
            <numerusform>%n tâches en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>Earned today: %1</source>
        <translation>Gagné aujourd’hui&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>sc::ui::WalletDialog</name>
    <message>
        <source>Your wallet</source>
        <translation>Votre portefeuille</translation>
    </message>
    <message>
        <source>A wallet for your payouts</source>
        <translation>Un portefeuille pour vos versements</translation>
    </message>
    <message>
        <source>A wallet is where the tokens you earn with this computer&apos;s spare time are paid to; SpareCycles can make one for you and keep its key on this computer. A new wallet comes with 12 recovery words, and those words are the only way back to it if this computer breaks or is lost.</source>
        <translation>Un portefeuille est l’endroit où sont versés les jetons que vous gagnez avec le temps libre de cet ordinateur&#xa0;; SpareCycles peut en créer un pour vous et garder sa clé sur cet ordinateur. Un nouveau portefeuille est fourni avec 12 mots de récupération, et ces mots sont le seul moyen de le retrouver si cet ordinateur tombe en panne ou est perdu.</translation>
    </message>
    <message>
        <source>&amp;Make a new wallet for me</source>
        <translation>&amp;Créer un nouveau portefeuille pour moi</translation>
    </message>
    <message>
        <source>I have a wallet: bring it in with its recovery &amp;words</source>
        <translation>J’ai un portefeuille&#xa0;: l’importer avec ses &amp;mots de récupération</translation>
    </message>
    <message>
        <source>I have a wallet: bring it in from a wallet &amp;file</source>
        <translation>J’ai un portefeuille&#xa0;: l’importer depuis un &amp;fichier de portefeuille</translation>
    </message>
    <message>
        <source>A Web3 keystore (v3) JSON file, as MetaMask, MyEtherWallet or geth save it.</source>
        <translation>Un fichier JSON Web3 keystore (v3), comme l’enregistrent MetaMask, MyEtherWallet ou geth.</translation>
    </message>
    <message>
        <source>&amp;Save a copy of the wallet to a file</source>
        <translation>&amp;Enregistrer une copie du portefeuille dans un fichier</translation>
    </message>
    <message>
        <source>Write down your 12 recovery words</source>
        <translation>Notez vos 12 mots de récupération</translation>
    </message>
    <message>
        <source>Write these words on paper, in this order, and keep the paper somewhere safe. Anyone who sees them can take everything in the wallet, and nobody, not even SpareCycles, can give them to you again: they are shown only this once.</source>
        <translation>Écrivez ces mots sur papier, dans cet ordre, et gardez ce papier en lieu sûr. Quiconque les voit peut prendre tout ce que contient le portefeuille, et personne, pas même SpareCycles, ne pourra vous les redonner&#xa0;: ils ne s’affichent qu’une seule fois.</translation>
    </message>
    <message>
        <source>A BIP-39 recovery phrase (English word list); the wallet&apos;s first account (m/44&apos;/60&apos;/0&apos;/0/0) receives the payouts.</source>
        <translation>Une phrase de récupération BIP-39 (liste de mots anglaise)&#xa0;; le premier compte du portefeuille (m/44&apos;/60&apos;/0&apos;/0/0) reçoit les versements.</translation>
    </message>
    <message>
        <source>I &amp;wrote them down</source>
        <translation>Je les ai &amp;notés</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>Check your paper</source>
        <translation>Vérifiez votre papier</translation>
    </message>
    <message>
        <source>Type the words your paper has at these numbers.</source>
        <translation>Tapez les mots qui figurent sur votre papier à ces numéros.</translation>
    </message>
    <message>
        <source>Choose a password</source>
        <translation>Choisissez un mot de passe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Mot de passe à nouveau</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>Your recovery words</source>
        <translation>Vos mots de récupération</translation>
    </message>
    <message>
        <source>Type or paste the 12 or 24 recovery words of your wallet, in order, separated by spaces. Payouts will go to the wallet&apos;s first account.</source>
        <translation>Tapez ou collez les 12 ou 24 mots de récupération de votre portefeuille, dans l’ordre, séparés par des espaces. Les versements iront au premier compte du portefeuille.</translation>
    </message>
    <message>
        <source>Recovery words</source>
        <translation>Mots de récupération</translation>
    </message>
    <message>
        <source>A BIP-39 phrase in English; the account used is m/44&apos;/60&apos;/0&apos;/0/0.</source>
        <translation>Une phrase BIP-39 en anglais&#xa0;; le compte utilisé est m/44&apos;/60&apos;/0&apos;/0/0.</translation>
    </message>
    <message>
        <source>Your wallet file</source>
        <translation>Votre fichier de portefeuille</translation>
    </message>
    <message>
        <source>Choose the file your wallet was saved in (MetaMask, MyEtherWallet and SpareCycles save a file ending in .json) and type its password.</source>
        <translation>Choisissez le fichier où votre portefeuille a été enregistré (MetaMask, MyEtherWallet et SpareCycles enregistrent un fichier se terminant par .json) et tapez son mot de passe.</translation>
    </message>
    <message>
        <source>Wallet &amp;file:</source>
        <translation>&amp;Fichier du portefeuille&#xa0;:</translation>
    </message>
    <message>
        <source>Wallet file</source>
        <translation>Fichier du portefeuille</translation>
    </message>
    <message>
        <source>Wallet files (*.json *.keystore);;All files (*)</source>
        <translation>Fichiers de portefeuille (*.json *.keystore);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>A Web3 keystore (v3) JSON file.</source>
        <translation>Un fichier JSON Web3 keystore (v3).</translation>
    </message>
    <message>
        <source>Password of the file</source>
        <translation>Mot de passe du fichier</translation>
    </message>
    <message>
        <source>Save a copy of your wallet</source>
        <translation>Enregistrer une copie de votre portefeuille</translation>
    </message>
    <message>
        <source>The copy is a file locked with a password. MetaMask and most other wallets can open it; keep it as safe as your recovery words.</source>
        <translation>La copie est un fichier verrouillé par un mot de passe. MetaMask et la plupart des autres portefeuilles savent l’ouvrir&#xa0;; gardez-la aussi précieusement que vos mots de récupération.</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Enregistrer s&amp;ous&#xa0;:</translation>
    </message>
    <message>
        <source>Save the wallet as</source>
        <translation>Enregistrer le portefeuille sous</translation>
    </message>
    <message>
        <source>Wallet files (*.json)</source>
        <translation>Fichiers de portefeuille (*.json)</translation>
    </message>
    <message>
        <source>Written as a Web3 keystore (v3) JSON file, readable only by you.</source>
        <translation>Écrit sous forme de fichier JSON Web3 keystore (v3), lisible par vous seul.</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>Le même mot de passe à nouveau</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>An EIP-55 address on an EVM chain.</source>
        <translation>Une adresse EIP-55 sur une chaîne EVM.</translation>
    </message>
    <message>
        <source>Looking for this computer&apos;s keychain… (this can take a few seconds)</source>
        <translation>Recherche du trousseau de cet ordinateur… (cela peut prendre quelques secondes)</translation>
    </message>
    <message>
        <source>SpareCycles keeps a wallet for this computer in %1.</source>
        <translation>SpareCycles garde un portefeuille pour cet ordinateur dans %1.</translation>
    </message>
    <message>
        <source>Its address is %1.</source>
        <translation>Son adresse est %1.</translation>
    </message>
    <message>
        <source>It is never replaced, because it holds the key of your payouts; you can save a copy.</source>
        <translation>Il n’est jamais remplacé, car il contient la clé de vos versements&#xa0;; vous pouvez en enregistrer une copie.</translation>
    </message>
    <message>
        <source>There is no wallet made by SpareCycles here yet, so there is nothing to save. Make one or bring yours in.</source>
        <translation>Il n’y a pas encore ici de portefeuille créé par SpareCycles, il n’y a donc rien à enregistrer. Créez-en un ou importez le vôtre.</translation>
    </message>
    <message>
        <source>The wallet&apos;s key will be kept in the system keychain, which your login unlocks.</source>
        <translation>La clé du portefeuille sera gardée dans le trousseau du système, que votre ouverture de session déverrouille.</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the wallet will be kept in a file locked with a password: %1</source>
        <translation>Cet ordinateur n’a pas de trousseau&#xa0;; le portefeuille sera donc gardé dans un fichier verrouillé par mot de passe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Word %1:</source>
        <translation>Mot %1&#xa0;:</translation>
    </message>
    <message>
        <source>Word %1</source>
        <translation>Mot %1</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the wallet is kept in a file locked with a password. Choose one of at least %1 characters: it is asked for when you save a copy of the wallet. If you forget it, your recovery words still bring the wallet back.</source>
        <translation>Cet ordinateur n’a pas de trousseau&#xa0;; le portefeuille est donc gardé dans un fichier verrouillé par mot de passe. Choisissez un mot de passe d’au moins %1 caractères&#xa0;: il vous sera demandé quand vous enregistrerez une copie du portefeuille. Si vous l’oubliez, vos mots de récupération permettent toujours de retrouver le portefeuille.</translation>
    </message>
    <message>
        <source>The copy is locked with the password of your wallet. Type it:</source>
        <translation>La copie est verrouillée avec le mot de passe de votre portefeuille. Tapez-le&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a password for the copy (at least %1 characters); it is needed to open the copy:</source>
        <translation>Choisissez un mot de passe pour la copie (au moins %1 caractères)&#xa0;; il faudra le taper pour ouvrir la copie&#xa0;:</translation>
    </message>
    <message>
        <source>Your wallet&apos;s password</source>
        <translation>Le mot de passe de votre portefeuille</translation>
    </message>
    <message>
        <source>A new password</source>
        <translation>Un nouveau mot de passe</translation>
    </message>
    <message>
        <source>Word %1 is not the word that was shown.</source>
        <translation>Le mot %1 n’est pas celui qui était affiché.</translation>
    </message>
    <message>
        <source>Words %1 are not the words that were shown.</source>
        <translation>Les mots %1 ne sont pas ceux qui étaient affichés.</translation>
    </message>
    <message>
        <source>Look at your paper and type again. Nothing has been saved. If you did not write the words down, press Cancel and start again for new words.</source>
        <translation>Regardez votre papier et tapez à nouveau. Rien n’a été enregistré. Si vous n’avez pas noté les mots, cliquez sur «&#xa0;Annuler&#xa0;» et recommencez pour obtenir de nouveaux mots.</translation>
    </message>
    <message>
        <source>A copy of your wallet is saved</source>
        <translation>Une copie de votre portefeuille est enregistrée</translation>
    </message>
    <message>
        <source>The copy holds the key of this address:</source>
        <translation>La copie contient la clé de cette adresse&#xa0;:</translation>
    </message>
    <message>
        <source>The copy is in %1, locked with %2. To use the wallet elsewhere, open that file in MetaMask or another wallet (&quot;import a JSON file&quot;).</source>
        <translation>La copie se trouve dans %1, verrouillée avec %2. Pour utiliser le portefeuille ailleurs, ouvrez ce fichier dans MetaMask ou un autre portefeuille («&#xa0;importer un fichier JSON&#xa0;»).</translation>
    </message>
    <message>
        <source>your wallet&apos;s password</source>
        <translation>le mot de passe de votre portefeuille</translation>
    </message>
    <message>
        <source>the password you just chose</source>
        <translation>le mot de passe que vous venez de choisir</translation>
    </message>
    <message>
        <source>Your wallet is ready</source>
        <translation>Votre portefeuille est prêt</translation>
    </message>
    <message>
        <source>Its key is kept in %1.</source>
        <translation>Sa clé est gardée dans %1.</translation>
    </message>
    <message>
        <source>Keep your paper with the 12 words safe: it is the only way back to this wallet.</source>
        <translation>Gardez en lieu sûr votre papier avec les 12 mots&#xa0;: c’est le seul moyen de retrouver ce portefeuille.</translation>
    </message>
    <message>
        <source>Until now payouts went to %1; what was paid there stays there.</source>
        <translation>Jusqu’ici, les versements allaient à %1&#xa0;; ce qui y a été versé y reste.</translation>
    </message>
    <message>
        <source>Payouts now go to this address:</source>
        <translation>Les versements vont maintenant à cette adresse&#xa0;:</translation>
    </message>
</context>
<context>
    <name>sc::ui::WalletPage</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
</context>
<context>
    <name>sc::ui::WordGrid</name>
    <message>
        <source>Recovery words</source>
        <translation>Mots de récupération</translation>
    </message>
    <message>
        <source>Word %1</source>
        <translation>Mot %1</translation>
    </message>
</context>
</TS>
