<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>DataFolder</name>
    <message>
        <source>Cannot create the data folder %1. Check that it is writable.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden. Prüfen Sie, ob er beschreibbar ist.</translation>
    </message>
    <message>
        <source>Another SpareCycles engine (process %1) is already using %2.</source>
        <translation>Eine andere SpareCycles-Engine (Prozess %1) verwendet bereits %2.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space and start SpareCycles again.</source>
        <translation>Der Datenträger mit %1 ist voll. Geben Sie Speicherplatz frei und starten Sie SpareCycles erneut.</translation>
    </message>
    <message>
        <source>Cannot write to the data folder %1. Check that it is writable and the disk is not full.</source>
        <translation>In den Datenordner %1 kann nicht geschrieben werden. Prüfen Sie, ob er beschreibbar und der Datenträger nicht voll ist.</translation>
    </message>
</context>
<context>
    <name>DeviceIdentity</name>
    <message numerus="yes">
        <source>This computer is now a new device on the network, with a new key. %n tasks of the old identity were dropped.</source>
        <translation>
            <numerusform>Dieser Computer ist jetzt ein neues Gerät im Netzwerk, mit einem neuen Schlüssel. %n Aufgabe der alten Identität wurde verworfen.</numerusform>
            <numerusform>Dieser Computer ist jetzt ein neues Gerät im Netzwerk, mit einem neuen Schlüssel. %n Aufgaben der alten Identität wurden verworfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot record the device&apos;s identity in %1. Check that the disk is not full.</source>
        <translation>Die Identität des Geräts kann in %1 nicht gespeichert werden. Prüfen Sie, ob die Festplatte voll ist.</translation>
    </message>
    <message>
        <source>The backup copy of the device key could not be written (%1).</source>
        <translation>Die Sicherungskopie des Geräteschlüssels konnte nicht geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>Cannot write the device key in %1. Check that the disk is not full.</source>
        <translation>Der Geräteschlüssel kann in %1 nicht geschrieben werden. Prüfen Sie, ob die Festplatte voll ist.</translation>
    </message>
    <message>
        <source>The key in %1 is not the one this computer joined the network with: the file was replaced.</source>
        <translation>Der Schlüssel in %1 ist nicht der, mit dem dieser Computer dem Netzwerk beigetreten ist: Die Datei wurde ersetzt.</translation>
    </message>
    <message>
        <source>The device key was damaged; it was restored from its backup copy, and this computer keeps its identity on the network.</source>
        <translation>Der Geräteschlüssel war beschädigt; er wurde aus seiner Sicherungskopie wiederhergestellt, und dieser Computer behält seine Identität im Netzwerk.</translation>
    </message>
    <message>
        <source>The device key was missing; it was restored from its backup copy, and this computer keeps its identity on the network.</source>
        <translation>Der Geräteschlüssel fehlte; er wurde aus seiner Sicherungskopie wiederhergestellt, und dieser Computer behält seine Identität im Netzwerk.</translation>
    </message>
    <message>
        <source>The device key was restored from the system keychain, and this computer keeps its identity on the network.</source>
        <translation>Der Geräteschlüssel wurde aus dem Schlüsselbund des Systems wiederhergestellt, und dieser Computer behält seine Identität im Netzwerk.</translation>
    </message>
    <message>
        <source>Cannot make a device key.</source>
        <translation>Es kann kein Geräteschlüssel erzeugt werden.</translation>
    </message>
    <message>
        <source>The key that identifies this computer on the network (%1) is damaged, and no backup copy was found.</source>
        <translation>Der Schlüssel, der diesen Computer im Netzwerk ausweist (%1), ist beschädigt, und es wurde keine Sicherungskopie gefunden.</translation>
    </message>
    <message>
        <source>The key that identifies this computer on the network is missing from %1, and no backup copy was found.</source>
        <translation>Der Schlüssel, der diesen Computer im Netzwerk ausweist, fehlt in %1, und es wurde keine Sicherungskopie gefunden.</translation>
    </message>
    <message>
        <source>%1 is not a SpareCycles device key (or it is damaged).</source>
        <translation>%1 ist kein SpareCycles-Geräteschlüssel (oder er ist beschädigt).</translation>
    </message>
    <message>
        <source>%1 is a device key, but not this computer&apos;s: it belongs to another device.</source>
        <translation>%1 ist ein Geräteschlüssel, aber nicht der dieses Computers: Er gehört zu einem anderen Gerät.</translation>
    </message>
    <message>
        <source>Cannot record the device&apos;s identity in %1.</source>
        <translation>Die Identität des Geräts kann in %1 nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name.</source>
        <translation>%1 gibt es schon; wählen Sie einen neuen Dateinamen.</translation>
    </message>
    <message>
        <source>This computer&apos;s device key cannot be read: %1</source>
        <translation>Der Geräteschlüssel dieses Computers kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of credit not yet paid out and %n unfinished tasks belong to this computer under that key.</source>
        <translation>
            <numerusform>%1 noch nicht ausgezahltes Guthaben und %n unfertige Aufgabe gehören diesem Computer unter diesem Schlüssel.</numerusform>
            <numerusform>%1 noch nicht ausgezahltes Guthaben und %n unfertige Aufgaben gehören diesem Computer unter diesem Schlüssel.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of credit not yet paid out belongs to this computer under that key.</source>
        <translation>%1 noch nicht ausgezahltes Guthaben gehört diesem Computer unter diesem Schlüssel.</translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished tasks belong to this computer under that key.</source>
        <translation>
            <numerusform>%n unfertige Aufgabe gehört diesem Computer unter diesem Schlüssel.</numerusform>
            <numerusform>%n unfertige Aufgaben gehören diesem Computer unter diesem Schlüssel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvmAddress</name>
    <message>
        <source>This is an example address from a guide, not your wallet&apos;s: payouts sent to it would be lost. Copy the address from your own wallet app.</source>
        <translation>Das ist eine Beispieladresse aus einer Anleitung, nicht die Ihrer Wallet: Auszahlungen dorthin wären verloren. Kopieren Sie die Adresse aus Ihrer eigenen Wallet-App.</translation>
    </message>
    <message>
        <source>An address starts with 0x followed by 40 characters 0–9 and a–f.</source>
        <translation>Eine Adresse beginnt mit 0x, gefolgt von 40 Zeichen 0–9 und a–f.</translation>
    </message>
    <message>
        <source>The capital letters do not match the address&apos;s checksum: there is probably a typo. Copy the address again from your wallet.</source>
        <translation>Die Großbuchstaben passen nicht zur Prüfsumme der Adresse: Vermutlich ist ein Tippfehler darin. Kopieren Sie die Adresse noch einmal aus Ihrer Wallet.</translation>
    </message>
</context>
<context>
    <name>FileWalletStore</name>
    <message>
        <source>the password-protected file %1</source>
        <translation>der passwortgeschützten Datei %1</translation>
    </message>
    <message>
        <source>The wallet file needs a password.</source>
        <translation>Die Wallet-Datei braucht ein Passwort.</translation>
    </message>
    <message>
        <source>There is a wallet file already: %1. It is never replaced.</source>
        <translation>Es gibt bereits eine Wallet-Datei: %1. Sie wird nie ersetzt.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the wallet file in %1: %2.</source>
        <translation>Die Wallet-Datei in %1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Cannot write the wallet file %1: %2.</source>
        <translation>Die Wallet-Datei %1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>There is no wallet file %1.</source>
        <translation>Es gibt keine Wallet-Datei %1.</translation>
    </message>
    <message>
        <source>Cannot open the wallet file %1: %2.</source>
        <translation>Die Wallet-Datei %1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine gewöhnliche Datei.</translation>
    </message>
    <message>
        <source>The wallet file %1 may be read by other users of this computer; make it yours alone (chmod 600 %1) and try again.</source>
        <translation>Die Wallet-Datei %1 kann von anderen Benutzern dieses Computers gelesen werden; machen Sie sie nur für sich lesbar (chmod 600 %1) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot read the wallet file %1: %2.</source>
        <translation>Die Wallet-Datei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Wrong password for the wallet file.</source>
        <translation>Falsches Passwort für die Wallet-Datei.</translation>
    </message>
    <message>
        <source>The wallet file %1 cannot be read: %2</source>
        <translation>Die Wallet-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>HdKey</name>
    <message>
        <source>A wallet seed is 16 to 64 bytes.</source>
        <translation>Ein Wallet-Seed ist 16 bis 64 Byte lang.</translation>
    </message>
    <message>
        <source>The key could not be derived (OpenSSL failed).</source>
        <translation>Der Schlüssel konnte nicht abgeleitet werden (OpenSSL-Fehler).</translation>
    </message>
    <message>
        <source>This seed gives no valid master key; use another one.</source>
        <translation>Dieser Seed ergibt keinen gültigen Hauptschlüssel; verwenden Sie einen anderen.</translation>
    </message>
    <message>
        <source>A key path has at most %1 levels.</source>
        <translation>Ein Schlüsselpfad hat höchstens %1 Ebenen.</translation>
    </message>
    <message>
        <source>The key could not be derived (secp256k1 failed).</source>
        <translation>Der Schlüssel konnte nicht abgeleitet werden (secp256k1-Fehler).</translation>
    </message>
    <message>
        <source>Key index %1 is invalid for this key (a 1 in 2^127 case); use the next one.</source>
        <translation>Schlüsselindex %1 ist für diesen Schlüssel ungültig (ein Fall von 1 zu 2^127); verwenden Sie den nächsten.</translation>
    </message>
    <message>
        <source>A key path starts with &quot;m&quot;, as in %1.</source>
        <translation>Ein Schlüsselpfad beginnt mit „m“, wie in %1.</translation>
    </message>
    <message>
        <source>Level %1 of the key path, &quot;%2&quot;, is not a number from 0 to 2147483647 (followed by &apos; for a hardened level).</source>
        <translation>Ebene %1 des Schlüsselpfads, „%2“, ist keine Zahl von 0 bis 2147483647 (gefolgt von &apos; für eine gehärtete Ebene).</translation>
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
        <translation>Die Identität dieses Computers im Netzwerk braucht Ihre Entscheidung</translation>
    </message>
    <message>
        <source>If you saved a copy of the key, put it back to keep everything. Or start as a new device: it starts with no tasks and no credit, and what belongs to the old identity is lost.</source>
        <translation>Wenn Sie eine Kopie des Schlüssels gespeichert haben, setzen Sie sie wieder ein, um alles zu behalten. Oder starten Sie als neues Gerät: Es beginnt ohne Aufgaben und ohne Guthaben, und was zur alten Identität gehört, geht verloren.</translation>
    </message>
    <message>
        <source>Put a saved copy back…</source>
        <translation>Gespeicherte Kopie einsetzen …</translation>
    </message>
    <message>
        <source>Start as a new device</source>
        <translation>Als neues Gerät starten</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>The saved copy of the device key</source>
        <translation>Die gespeicherte Kopie des Geräteschlüssels</translation>
    </message>
    <message>
        <source>Device key (*.pem);;All files (*)</source>
        <translation>Geräteschlüssel (*.pem);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>KeychainWalletStore</name>
    <message numerus="yes">
        <source>The system keychain did not answer within %n seconds.</source>
        <translation>
            <numerusform>Der Schlüsselbund des Systems hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Schlüsselbund des Systems hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No system keychain (such as GNOME Keyring or KWallet) is running.</source>
        <translation>Es läuft kein Schlüsselbund des Systems (etwa GNOME Keyring oder KWallet).</translation>
    </message>
    <message>
        <source>No system keychain (such as GNOME Keyring or KWallet) is running (%1).</source>
        <translation>Es läuft kein Schlüsselbund des Systems (etwa GNOME Keyring oder KWallet) (%1).</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>dem Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>The system keychain holds a wallet for this data folder already.</source>
        <translation>Der Schlüsselbund des Systems enthält bereits eine Wallet für diesen Datenordner.</translation>
    </message>
    <message>
        <source>The system keychain holds no wallet for this data folder.</source>
        <translation>Der Schlüsselbund des Systems enthält keine Wallet für diesen Datenordner.</translation>
    </message>
    <message>
        <source>The wallet key in the system keychain is damaged.</source>
        <translation>Der Wallet-Schlüssel im Schlüsselbund des Systems ist beschädigt.</translation>
    </message>
    <message>
        <source>The system keychain holds no such entry.</source>
        <translation>Der Schlüsselbund des Systems enthält keinen solchen Eintrag.</translation>
    </message>
</context>
<context>
    <name>Keystore</name>
    <message>
        <source>These scrypt settings are out of range.</source>
        <translation>Diese scrypt-Einstellungen liegen außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>Der Zufallszahlengenerator des Systems ist ausgefallen.</translation>
    </message>
    <message>
        <source>The key could not be encrypted (OpenSSL failed).</source>
        <translation>Der Schlüssel konnte nicht verschlüsselt werden (OpenSSL-Fehler).</translation>
    </message>
    <message>
        <source>This is not a keystore file (it is far too large).</source>
        <translation>Das ist keine Keystore-Datei (sie ist viel zu groß).</translation>
    </message>
    <message>
        <source>This is not a keystore file (it is not JSON).</source>
        <translation>Das ist keine Keystore-Datei (sie ist kein JSON).</translation>
    </message>
    <message>
        <source>Only version 3 keystore files can be read.</source>
        <translation>Nur Keystore-Dateien der Version 3 können gelesen werden.</translation>
    </message>
    <message>
        <source>The keystore file has no &quot;crypto&quot; section.</source>
        <translation>Die Keystore-Datei hat keinen Abschnitt „crypto“.</translation>
    </message>
    <message>
        <source>The keystore file uses the cipher &quot;%1&quot;; only aes-128-ctr is supported.</source>
        <translation>Die Keystore-Datei verwendet die Verschlüsselung „%1“; unterstützt wird nur aes-128-ctr.</translation>
    </message>
    <message>
        <source>The keystore file is damaged (its iv, ciphertext or mac is missing or not hex of the right length).</source>
        <translation>Die Keystore-Datei ist beschädigt (iv, ciphertext oder mac fehlt oder ist kein Hex der richtigen Länge).</translation>
    </message>
    <message>
        <source>The keystore file does not hold an Ethereum private key.</source>
        <translation>Die Keystore-Datei enthält keinen privaten Ethereum-Schlüssel.</translation>
    </message>
    <message>
        <source>The keystore file uses the key derivation &quot;%1&quot;; only scrypt and pbkdf2 are supported.</source>
        <translation>Die Keystore-Datei verwendet die Schlüsselableitung „%1“; unterstützt werden nur scrypt und pbkdf2.</translation>
    </message>
    <message>
        <source>The keystore file is damaged (its salt or dklen is missing or wrong).</source>
        <translation>Die Keystore-Datei ist beschädigt (salt oder dklen fehlt oder ist falsch).</translation>
    </message>
    <message>
        <source>The keystore file is damaged (scrypt needs n, a power of two, and r and p).</source>
        <translation>Die Keystore-Datei ist beschädigt (scrypt braucht n, eine Zweierpotenz, sowie r und p).</translation>
    </message>
    <message>
        <source>The keystore file asks for more work than allowed to unlock it (scrypt n=%1 r=%2 p=%3; at most n=%4 and 1 GiB of memory).</source>
        <translation>Die Keystore-Datei verlangt zum Entsperren mehr Arbeit als erlaubt (scrypt n=%1 r=%2 p=%3; höchstens n=%4 und 1 GiB Speicher).</translation>
    </message>
    <message>
        <source>The key could not be derived (OpenSSL failed).</source>
        <translation>Der Schlüssel konnte nicht abgeleitet werden (OpenSSL-Fehler).</translation>
    </message>
    <message>
        <source>The keystore file uses pbkdf2 with &quot;%1&quot;; only hmac-sha256 is supported.</source>
        <translation>Die Keystore-Datei verwendet pbkdf2 mit „%1“; unterstützt wird nur hmac-sha256.</translation>
    </message>
    <message>
        <source>The keystore file is damaged (pbkdf2 needs c).</source>
        <translation>Die Keystore-Datei ist beschädigt (pbkdf2 braucht c).</translation>
    </message>
    <message>
        <source>The keystore file asks for more work than allowed to unlock it (pbkdf2 c=%1; at most %2).</source>
        <translation>Die Keystore-Datei verlangt zum Entsperren mehr Arbeit als erlaubt (pbkdf2 c=%1; höchstens %2).</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Falsches Passwort.</translation>
    </message>
    <message>
        <source>The key could not be decrypted (OpenSSL failed).</source>
        <translation>Der Schlüssel konnte nicht entschlüsselt werden (OpenSSL-Fehler).</translation>
    </message>
    <message>
        <source>The keystore file does not hold a valid Ethereum private key.</source>
        <translation>Die Keystore-Datei enthält keinen gültigen privaten Ethereum-Schlüssel.</translation>
    </message>
    <message>
        <source>The keystore file names the address %1 but holds the key of %2: it has been altered.</source>
        <translation>Die Keystore-Datei nennt die Adresse %1, enthält aber den Schlüssel von %2: Sie wurde verändert.</translation>
    </message>
</context>
<context>
    <name>Mnemonic</name>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>Der Zufallszahlengenerator des Systems ist ausgefallen.</translation>
    </message>
    <message>
        <source>The built-in word list is damaged.</source>
        <translation>Die eingebaute Wortliste ist beschädigt.</translation>
    </message>
    <message numerus="yes">
        <source>A recovery phrase has 12, 15, 18, 21 or 24 words; this one has %n words.</source>
        <translation>
            <numerusform>Eine Wiederherstellungsphrase hat 12, 15, 18, 21 oder 24 Wörter; diese hat %n Wort.</numerusform>
            <numerusform>Eine Wiederherstellungsphrase hat 12, 15, 18, 21 oder 24 Wörter; diese hat %n Wörter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Word %1 has a character that no English recovery word has (only the letters a to z are used).</source>
        <translation>Wort %1 enthält ein Zeichen, das kein englisches Wiederherstellungswort hat (verwendet werden nur die Buchstaben a bis z).</translation>
    </message>
    <message>
        <source>Word %1, &quot;%2&quot;, is not one of the 2048 English recovery words. Check its spelling.</source>
        <translation>Wort %1, „%2“, ist keines der 2048 englischen Wiederherstellungswörter. Prüfen Sie die Schreibweise.</translation>
    </message>
    <message>
        <source>Every word is a recovery word, but together they do not check out: a word is probably wrong or in the wrong place.</source>
        <translation>Jedes Wort ist ein Wiederherstellungswort, aber zusammen ergeben sie keine gültige Phrase: Vermutlich ist ein Wort falsch oder an der falschen Stelle.</translation>
    </message>
    <message>
        <source>The passphrase may only use plain ASCII characters (letters a to z, digits, punctuation).</source>
        <translation>Die Passphrase darf nur einfache ASCII-Zeichen enthalten (Buchstaben a bis z, Ziffern, Satzzeichen).</translation>
    </message>
    <message>
        <source>The recovery phrase could not be turned into a key (OpenSSL failed).</source>
        <translation>Aus der Wiederherstellungsphrase konnte kein Schlüssel werden (OpenSSL-Fehler).</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message numerus="yes">
        <source>Waiting until the computer has been idle for %n minutes</source>
        <translation>
            <numerusform>Wartet, bis der Computer %n Minute untätig war</numerusform>
            <numerusform>Wartet, bis der Computer %n Minuten untätig war</numerusform>
        </translation>
    </message>
    <message>
        <source>Running %1 % of the time, as set in Settings (CPU share)</source>
        <translation>Läuft %1 % der Zeit, wie in den Einstellungen festgelegt (CPU-Anteil)</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Running at %1 % while you use the computer</source>
        <translation>Läuft mit %1 %, während Sie den Computer nutzen</translation>
    </message>
    <message>
        <source>Paused by you until you resume</source>
        <translation>Von Ihnen pausiert, bis Sie fortsetzen</translation>
    </message>
    <message>
        <source>Paused by you until %1</source>
        <translation>Von Ihnen pausiert bis %1</translation>
    </message>
    <message>
        <source>Suspended: running on battery</source>
        <translation>Angehalten: Akkubetrieb</translation>
    </message>
    <message>
        <source>Suspended: battery at %1 %, below %2 %</source>
        <translation>Angehalten: Akku bei %1 %, unter %2 %</translation>
    </message>
    <message>
        <source>Suspended: outside the hours you allowed</source>
        <translation>Angehalten: außerhalb der von Ihnen erlaubten Zeiten</translation>
    </message>
    <message>
        <source>Suspended: %1 is running</source>
        <translation>Angehalten: %1 läuft</translation>
    </message>
    <message>
        <source>Waiting: this computer does not say when you are away from it. To run anyway, choose to run always in Settings, under “When to run”.</source>
        <translation>Wartet: Dieser Computer meldet nicht, wann Sie weg sind. Um trotzdem zu rechnen, wählen Sie in den Einstellungen unter „Wann rechnen“ eine der Möglichkeiten „Immer“.</translation>
    </message>
    <message>
        <source>Suspended: other programs use %1 % of the CPU (limit %2 %)</source>
        <translation>Angehalten: andere Programme nutzen %1 % der CPU (Grenze %2 %)</translation>
    </message>
    <message>
        <source>Suspended: tasks use more than %1 % of memory</source>
        <translation>Angehalten: Aufgaben nutzen mehr als %1 % des Arbeitsspeichers</translation>
    </message>
    <message>
        <source>Suspended: only %1 free on the disk holding %2; tasks pause while less than %3 is free (Settings). Free some space and they resume.</source>
        <translation>Angehalten: nur %1 frei auf der Festplatte mit %2; Aufgaben pausieren, solange weniger als %3 frei ist (Einstellungen). Schaffen Sie Platz, dann laufen sie weiter.</translation>
    </message>
</context>
<context>
    <name>Secp256k1Key</name>
    <message>
        <source>A private key is 32 bytes.</source>
        <translation>Ein privater Schlüssel ist 32 Byte lang.</translation>
    </message>
    <message>
        <source>Cannot set up secp256k1 (out of memory or no random numbers).</source>
        <translation>secp256k1 lässt sich nicht einrichten (kein Speicher oder keine Zufallszahlen).</translation>
    </message>
    <message>
        <source>Not a valid secp256k1 private key (zero, or not below the curve order).</source>
        <translation>Kein gültiger privater secp256k1-Schlüssel (null oder nicht kleiner als die Kurvenordnung).</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>Der Zufallszahlengenerator des Systems ist ausgefallen.</translation>
    </message>
    <message>
        <source>Cannot open the key file %1: %2.</source>
        <translation>Die Schlüsseldatei %1 lässt sich nicht öffnen: %2.</translation>
    </message>
    <message>
        <source>The key file %1 is not a regular file.</source>
        <translation>Die Schlüsseldatei %1 ist keine normale Datei.</translation>
    </message>
    <message>
        <source>The key file %1 can be read by other users (mode %2); allow only its owner with: chmod 600 %1</source>
        <translation>Die Schlüsseldatei %1 ist für andere Benutzer lesbar (Modus %2); erlauben Sie nur dem Besitzer den Zugriff mit: chmod 600 %1</translation>
    </message>
    <message>
        <source>Cannot read the key file %1.</source>
        <translation>Die Schlüsseldatei %1 lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>The key file %1 must hold exactly 64 hexadecimal digits (0-9, a-f) and a newline.</source>
        <translation>Die Schlüsseldatei %1 muss genau 64 Hexadezimalziffern (0-9, a-f) und einen Zeilenumbruch enthalten.</translation>
    </message>
    <message>
        <source>The key file %1 does not hold a usable key: %2</source>
        <translation>Die Schlüsseldatei %1 enthält keinen brauchbaren Schlüssel: %2</translation>
    </message>
    <message>
        <source>The key file %1 already exists; it is left as it is.</source>
        <translation>Die Schlüsseldatei %1 gibt es schon; sie bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>Cannot create the key file %1: %2.</source>
        <translation>Die Schlüsseldatei %1 lässt sich nicht anlegen: %2.</translation>
    </message>
    <message>
        <source>Cannot write the key file %1 (disk full?).</source>
        <translation>Die Schlüsseldatei %1 lässt sich nicht schreiben (Festplatte voll?).</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Run tasks even while you use the computer (at idle priority).</source>
        <translation>Aufgaben auch ausführen, während Sie den Computer nutzen (mit Leerlaufpriorität).</translation>
    </message>
    <message>
        <source>Minutes without keyboard or mouse input before tasks start.</source>
        <translation>Minuten ohne Tastatur- oder Mauseingabe, bevor Aufgaben starten.</translation>
    </message>
    <message>
        <source>While you use the computer: suspend CPU tasks, or keep them at a reduced share.</source>
        <translation>Während Sie den Computer nutzen: CPU-Aufgaben anhalten oder mit reduziertem Anteil weiterlaufen lassen.</translation>
    </message>
    <message>
        <source>CPU time share (%) for tasks while you use the computer, with &apos;reduced&apos;.</source>
        <translation>CPU-Zeitanteil (%) für Aufgaben, während Sie den Computer nutzen, bei &apos;reduced&apos;.</translation>
    </message>
    <message>
        <source>Keep GPU tasks running while you use the computer.</source>
        <translation>GPU-Aufgaben weiterlaufen lassen, während Sie den Computer nutzen.</translation>
    </message>
    <message>
        <source>CPU time share (%) each task may use while it runs.</source>
        <translation>CPU-Zeitanteil (%), den jede Aufgabe während der Ausführung nutzen darf.</translation>
    </message>
    <message>
        <source>Share (%) of the processor&apos;s cores tasks may use.</source>
        <translation>Anteil (%) der Prozessorkerne, den Aufgaben nutzen dürfen.</translation>
    </message>
    <message>
        <source>Memory (% of RAM) tasks may use while you use the computer.</source>
        <translation>Arbeitsspeicher (% des RAM), den Aufgaben nutzen dürfen, während Sie den Computer nutzen.</translation>
    </message>
    <message>
        <source>Memory (% of RAM) tasks may use while the computer is idle.</source>
        <translation>Arbeitsspeicher (% des RAM), den Aufgaben nutzen dürfen, während der Computer untätig ist.</translation>
    </message>
    <message>
        <source>Suspend when other programs use more than this % of the CPU (0 = never).</source>
        <translation>Anhalten, wenn andere Programme mehr als diesen Anteil (%) der CPU nutzen (0 = nie).</translation>
    </message>
    <message>
        <source>Seconds other programs&apos; load must last before tasks are suspended.</source>
        <translation>Sekunden, die die Last anderer Programme andauern muss, bevor Aufgaben angehalten werden.</translation>
    </message>
    <message>
        <source>Once suspended for other programs&apos; load, stay suspended at least this long.</source>
        <translation>Nach dem Anhalten wegen der Last anderer Programme mindestens so lange angehalten bleiben.</translation>
    </message>
    <message>
        <source>Pause while any of these programs runs (comma-separated names, e.g. a game).</source>
        <translation>Pausieren, solange eines dieser Programme läuft (Namen durch Kommas getrennt, z. B. ein Spiel).</translation>
    </message>
    <message>
        <source>On battery: suspend, run only above battery_min_percent, or run.</source>
        <translation>Im Akkubetrieb: anhalten, nur oberhalb von battery_min_percent laufen oder normal laufen.</translation>
    </message>
    <message>
        <source>With on_battery=below: run on battery only above this charge (%).</source>
        <translation>Bei on_battery=below: im Akkubetrieb nur oberhalb dieses Ladestands (%) laufen.</translation>
    </message>
    <message>
        <source>When tasks may run: &apos;always&apos;, or days and hours like &apos;mon-fri 18-8, sat-sun 0-24&apos;.</source>
        <translation>Wann Aufgaben laufen dürfen: &apos;always&apos; oder Tage und Stunden wie &apos;mon-fri 18-8, sat-sun 0-24&apos;.</translation>
    </message>
    <message>
        <source>CPU temperature (°C) to hold; tasks slow down before it and stop above it.</source>
        <translation>Einzuhaltende CPU-Temperatur (°C); Aufgaben werden kurz davor langsamer und halten darüber an.</translation>
    </message>
    <message>
        <source>GPU temperature (°C) to hold.</source>
        <translation>Einzuhaltende GPU-Temperatur (°C).</translation>
    </message>
    <message>
        <source>Paused by you until this time (Unix seconds); 0 = not paused.</source>
        <translation>Von Ihnen pausiert bis zu diesem Zeitpunkt (Unix-Sekunden); 0 = nicht pausiert.</translation>
    </message>
    <message>
        <source>&apos;Run now&apos;: ignore idle time until this time (Unix seconds).</source>
        <translation>„Jetzt rechnen“: Leerlaufzeit bis zu diesem Zeitpunkt ignorieren (Unix-Sekunden).</translation>
    </message>
    <message>
        <source>Notify me when the network has been unreachable for half an hour.</source>
        <translation>Benachrichtigen, wenn das Netzwerk eine halbe Stunde lang nicht erreichbar war.</translation>
    </message>
    <message>
        <source>Notify me when a task fails again and again.</source>
        <translation>Benachrichtigen, wenn eine Aufgabe immer wieder fehlschlägt.</translation>
    </message>
    <message>
        <source>Notify me when tasks stop because the processor got too hot.</source>
        <translation>Benachrichtigen, wenn Aufgaben anhalten, weil der Prozessor zu heiß wurde.</translation>
    </message>
    <message>
        <source>Start SpareCycles in the tray when you log in.</source>
        <translation>SpareCycles beim Anmelden im Infobereich starten.</translation>
    </message>
    <message>
        <source>EVM address (0x…) that receives payouts; empty = decide later.</source>
        <translation>EVM-Adresse (0x…), an die Auszahlungen gehen; leer = später entscheiden.</translation>
    </message>
    <message>
        <source>Notify me when a payout arrives.</source>
        <translation>Benachrichtigen, wenn eine Auszahlung eintrifft.</translation>
    </message>
    <message>
        <source>Colour of the panel the tray icon sits on, so the icon stays visible: auto (GNOME&apos;s top bar is dark; elsewhere the app&apos;s colours), light or dark.</source>
        <translation>Farbe der Leiste, in der das Symbol sitzt, damit es sichtbar bleibt: auto (die obere Leiste von GNOME ist dunkel; sonst die Farben der App), light (hell) oder dark (dunkel).</translation>
    </message>
    <message>
        <source>Network: &apos;local&apos; for the demo network on this computer, or a hub address such as https://hub.example.org. The app moves to it at once; tasks of the old network are dropped.</source>
        <translation>Netzwerk: &apos;local&apos; für das Demo-Netzwerk auf diesem Computer oder eine Hub-Adresse wie https://hub.example.org. Die App wechselt sofort dorthin; Aufgaben des alten Netzwerks werden verworfen.</translation>
    </message>
    <message>
        <source>Address of a blockchain node to read your wallet balance from, such as https://rpc.example.org; empty = the one your network suggests.</source>
        <translation>Adresse eines Blockchain-Knotens, von dem Ihr Wallet-Guthaben gelesen wird, etwa https://rpc.example.org; leer = der, den Ihr Netzwerk vorschlägt.</translation>
    </message>
    <message>
        <source>Tasks pause while the disk holding SpareCycles&apos; folder has less than this much space free (GB).</source>
        <translation>Aufgaben pausieren, solange auf der Festplatte mit dem Ordner von SpareCycles weniger als so viel Platz frei ist (GB).</translation>
    </message>
    <message>
        <source>Disk space (GB) tasks may use at most, all together.</source>
        <translation>Speicherplatz (GB), den alle Aufgaben zusammen höchstens belegen dürfen.</translation>
    </message>
    <message>
        <source>Where this computer cannot shut tasks in a sandbox, run them anyway. They can then read your files. Not recommended.</source>
        <translation>Wo dieser Computer Aufgaben nicht in eine Sandbox einschließen kann, sie trotzdem ausführen. Sie können dann Ihre Dateien lesen. Nicht empfohlen.</translation>
    </message>
    <message>
        <source>Language of the app: system, en, de, fr, es, pt_BR, ru, ja or zh_CN.</source>
        <translation>Sprache der App: system, en, de, fr, es, pt_BR, ru, ja oder zh_CN.</translation>
    </message>
    <message>
        <source>Let tasks use the graphics card, where it can run them.</source>
        <translation>Aufgaben dürfen die Grafikkarte nutzen, wo sie sie ausführen kann.</translation>
    </message>
</context>
<context>
    <name>StatePresenter</name>
    <message>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Running slower</source>
        <translation>Läuft langsamer</translation>
    </message>
    <message>
        <source>Waiting for work</source>
        <translation>Wartet auf Aufgaben</translation>
    </message>
    <message>
        <source>Waiting until you are away</source>
        <translation>Wartet, bis Sie weg sind</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Paused by you</source>
        <translation>Von Ihnen pausiert</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Stopped by an error</source>
        <translation>Wegen eines Fehlers gestoppt</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Wird beendet</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Waiting for other programs</source>
        <translation>Wartet auf andere Programme</translation>
    </message>
</context>
<context>
    <name>StatusFile</name>
    <message>
        <source>%1 does not exist; no engine has used it yet.</source>
        <translation>%1 existiert nicht; noch keine Engine hat ihn verwendet.</translation>
    </message>
</context>
<context>
    <name>TaskDescription</name>
    <message>
        <source>Counting primes from %1 to %2</source>
        <translation>Zählt Primzahlen von %1 bis %2</translation>
    </message>
    <message>
        <source>Counting primes in %1–%2 × 10%3</source>
        <translation>Zählt Primzahlen in %1–%2 × 10%3</translation>
    </message>
    <message>
        <source>Computing a task for %1</source>
        <translation>Berechnet eine Aufgabe von %1</translation>
    </message>
    <message>
        <source>the demo network</source>
        <translation>dem Demo-Netzwerk</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>weniger als eine Minute übrig</translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>etwa %n Min. übrig</numerusform>
            <numerusform>etwa %n Min. übrig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hours left</source>
        <translation>
            <numerusform>etwa %n Stunde übrig</numerusform>
            <numerusform>etwa %n Stunden übrig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Uint256</name>
    <message>
        <source>An amount is written with the digits 0–9 and at most one decimal point, like 12 or 1.5.</source>
        <translation>Ein Betrag besteht aus den Ziffern 0–9 und höchstens einem Dezimalpunkt, etwa 12 oder 1.5.</translation>
    </message>
    <message>
        <source>This token has %1 decimal places; the amount has more.</source>
        <translation>Dieser Token hat %1 Nachkommastellen; der Betrag hat mehr.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Der Betrag ist zu groß.</translation>
    </message>
</context>
<context>
    <name>WalletKeeper</name>
    <message>
        <source>%1 Nothing was saved. Close this window and open it again: if the keychain still does not answer, the wallet is kept in a password-protected file instead.</source>
        <translation>%1 Es wurde nichts gespeichert. Schließen Sie dieses Fenster und öffnen Sie es erneut: Wenn der Schlüsselbund weiterhin nicht antwortet, wird die Wallet stattdessen in einer passwortgeschützten Datei aufbewahrt.</translation>
    </message>
    <message>
        <source>%1 Nothing was saved. Check that the disk is not full and try again.</source>
        <translation>%1 Es wurde nichts gespeichert. Prüfen Sie, ob der Datenträger nicht voll ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 Nothing was saved.</source>
        <translation>%1 Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The password is shorter than %1 characters. Choose a longer one.</source>
        <translation>Das Passwort ist kürzer als %1 Zeichen. Wählen Sie ein längeres.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the same password in both fields.</source>
        <translation>Die beiden Passwörter stimmen nicht überein. Geben Sie in beide Felder dasselbe Passwort ein.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Choose the wallet file first.</source>
        <translation>Wählen Sie zuerst die Wallet-Datei aus.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Choose another file.</source>
        <translation>%1 kann nicht gelesen werden: %2. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Unlocking the wallet file… (a few seconds)</source>
        <translation>Die Wallet-Datei wird entsperrt… (einige Sekunden)</translation>
    </message>
    <message>
        <source>That is not the password of this file. Type it again; capital letters count.</source>
        <translation>Das ist nicht das Passwort dieser Datei. Geben Sie es erneut ein; achten Sie auf Groß- und Kleinschreibung.</translation>
    </message>
    <message>
        <source>This file cannot be used: %1 Choose the wallet file itself (it usually ends in .json).</source>
        <translation>Diese Datei kann nicht verwendet werden: %1 Wählen Sie die Wallet-Datei selbst aus (sie endet meist auf .json).</translation>
    </message>
    <message>
        <source>The wallet&apos;s key could not be made (%1). Nothing was saved.</source>
        <translation>Der Schlüssel der Wallet konnte nicht erzeugt werden (%1). Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Locking the wallet file with your password… (a few seconds)</source>
        <translation>Die Wallet-Datei wird mit Ihrem Passwort gesperrt… (einige Sekunden)</translation>
    </message>
    <message>
        <source>Saving the wallet in the system keychain…</source>
        <translation>Die Wallet wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <source>The wallet was saved, but the payout address could not be set: %1</source>
        <translation>Die Wallet wurde gespeichert, aber die Auszahlungsadresse konnte nicht festgelegt werden: %1</translation>
    </message>
    <message>
        <source>Choose where to save the copy first.</source>
        <translation>Wählen Sie zuerst, wo die Kopie gespeichert werden soll.</translation>
    </message>
    <message>
        <source>%1 exists already. Choose another file name: an existing file is never replaced.</source>
        <translation>%1 existiert bereits. Wählen Sie einen anderen Dateinamen: Eine vorhandene Datei wird nie ersetzt.</translation>
    </message>
    <message>
        <source>Type your wallet&apos;s password.</source>
        <translation>Geben Sie das Passwort Ihrer Wallet ein.</translation>
    </message>
    <message>
        <source>Unlocking your wallet file… (a few seconds)</source>
        <translation>Ihre Wallet-Datei wird entsperrt… (einige Sekunden)</translation>
    </message>
    <message>
        <source>Asking the system keychain…</source>
        <translation>Der Schlüsselbund des Systems wird abgefragt…</translation>
    </message>
    <message>
        <source>That is not your wallet&apos;s password. Type it again; capital letters count.</source>
        <translation>Das ist nicht das Passwort Ihrer Wallet. Geben Sie es erneut ein; achten Sie auf Groß- und Kleinschreibung.</translation>
    </message>
    <message>
        <source>Locking the copy with the password… (a few seconds)</source>
        <translation>Die Kopie wird mit dem Passwort gesperrt… (einige Sekunden)</translation>
    </message>
    <message>
        <source>Cannot save %1: %2. Choose another folder, or check that the disk is not full.</source>
        <translation>%1 kann nicht gespeichert werden: %2. Wählen Sie einen anderen Ordner oder prüfen Sie, ob der Datenträger nicht voll ist.</translation>
    </message>
</context>
<context>
    <name>WalletStoreChooser</name>
    <message>
        <source>Your wallet is in %1.</source>
        <translation>Ihre Wallet liegt in %1.</translation>
    </message>
    <message>
        <source>No system keychain is available.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar.</translation>
    </message>
    <message>
        <source>%1 The wallet is kept in %2 instead.</source>
        <translation>%1 Die Wallet wird stattdessen in %2 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Lends this computer&apos;s idle time to a compute network.</source>
        <translation>Verleiht die Leerlaufzeit dieses Computers an ein Rechennetzwerk.</translation>
    </message>
    <message>
        <source>Start a demo hub on this computer and use it.</source>
        <translation>Einen Demo-Hub auf diesem Computer starten und verwenden.</translation>
    </message>
    <message>
        <source>Hub URL, e.g. https://hub.example.org.</source>
        <translation>URL des Hubs, z. B. https://hub.example.org.</translation>
    </message>
    <message>
        <source>Folder for all state (default %1).</source>
        <translation>Ordner für alle Zustandsdaten (Standard: %1).</translation>
    </message>
    <message>
        <source>Start in the tray without opening the dashboard.</source>
        <translation>Im Infobereich starten, ohne die Übersicht zu öffnen.</translation>
    </message>
    <message>
        <source>Skip the first-run wizard and use the defaults (demo network, run when idle).</source>
        <translation>Den Einrichtungsassistenten überspringen und die Standardwerte verwenden (Demo-Netzwerk, Ausführung im Leerlauf).</translation>
    </message>
    <message>
        <source>use either --local or --hub URL, not both</source>
        <translation>verwenden Sie entweder --local oder --hub URL, nicht beides</translation>
    </message>
    <message>
        <source>SpareCycles</source>
        <translation>SpareCycles</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The demo network could not start: %1</source>
        <translation>Das Demo-Netzwerk konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>SpareCycles could not move to the network %1: %2

It stays on the network it used before.</source>
        <translation>SpareCycles konnte nicht zum Netzwerk %1 wechseln: %2

Es bleibt beim bisherigen Netzwerk.</translation>
    </message>
    <message>
        <source>The demo network&apos;s own blockchain could not start, so it pays nothing until it does: %1</source>
        <translation>Die eigene Blockchain des Demo-Netzwerks konnte nicht starten, daher zahlt es nichts aus, bis sie läuft: %1</translation>
    </message>
    <message>
        <source>Moving to %1…</source>
        <translation>Wechsel zu %1 …</translation>
    </message>
</context>
<context>
    <name>sc::chain::ChainClient</name>
    <message>
        <source>The chain&apos;s answer to %1 was larger than this app accepts.</source>
        <translation>Die Antwort der Blockchain auf %1 war größer, als diese App annimmt.</translation>
    </message>
    <message>
        <source>The chain&apos;s address answered HTTP %1, not JSON-RPC.</source>
        <translation>Die Adresse der Blockchain antwortete mit HTTP %1, nicht mit JSON-RPC.</translation>
    </message>
    <message>
        <source>The chain&apos;s answer to %1 is not a JSON object.</source>
        <translation>Die Antwort der Blockchain auf %1 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The chain&apos;s answer to %1 does not match the request.</source>
        <translation>Die Antwort der Blockchain auf %1 passt nicht zur Anfrage.</translation>
    </message>
    <message>
        <source>The chain refused %1.</source>
        <translation>Die Blockchain hat %1 abgelehnt.</translation>
    </message>
    <message>
        <source>The chain&apos;s answer to %1 has no result.</source>
        <translation>Die Antwort der Blockchain auf %1 enthält kein Ergebnis.</translation>
    </message>
    <message>
        <source>The chain sent a malformed chain id.</source>
        <translation>Die Blockchain hat eine fehlerhafte Chain-ID gesendet.</translation>
    </message>
    <message>
        <source>The chain sent a malformed block number.</source>
        <translation>Die Blockchain hat eine fehlerhafte Blocknummer gesendet.</translation>
    </message>
    <message>
        <source>The chain sent malformed call data.</source>
        <translation>Die Blockchain hat fehlerhafte Aufrufdaten gesendet.</translation>
    </message>
    <message>
        <source>The chain sent a malformed balance.</source>
        <translation>Die Blockchain hat ein fehlerhaftes Guthaben gesendet.</translation>
    </message>
    <message>
        <source>The chain sent a malformed transaction count.</source>
        <translation>Die Blockchain hat eine fehlerhafte Transaktionszahl gesendet.</translation>
    </message>
    <message>
        <source>The chain sent an implausible gas estimate.</source>
        <translation>Die Blockchain hat eine unplausible Gas-Schätzung gesendet.</translation>
    </message>
    <message>
        <source>The chain sent a malformed priority fee.</source>
        <translation>Die Blockchain hat eine fehlerhafte Prioritätsgebühr gesendet.</translation>
    </message>
    <message>
        <source>The chain sent a malformed fee history.</source>
        <translation>Die Blockchain hat einen fehlerhaften Gebührenverlauf gesendet.</translation>
    </message>
    <message>
        <source>The chain sent a malformed transaction hash.</source>
        <translation>Die Blockchain hat einen fehlerhaften Transaktions-Hash gesendet.</translation>
    </message>
    <message>
        <source>The chain sent a malformed receipt.</source>
        <translation>Die Blockchain hat einen fehlerhaften Beleg gesendet.</translation>
    </message>
    <message>
        <source>The chain sent a malformed list of logs.</source>
        <translation>Die Blockchain hat eine fehlerhafte Liste von Protokolleinträgen gesendet.</translation>
    </message>
    <message>
        <source>The chain sent a malformed log entry.</source>
        <translation>Die Blockchain hat einen fehlerhaften Protokolleintrag gesendet.</translation>
    </message>
</context>
<context>
    <name>sc::core::CreditFeed</name>
    <message>
        <source>The hub sent a malformed credit entry; ignoring this page and asking again later.</source>
        <translation>Der Hub hat einen fehlerhaften Guthabeneintrag gesendet; diese Seite wird ignoriert und später erneut angefragt.</translation>
    </message>
    <message>
        <source>The hub sent a credit cursor that goes backwards; ignoring it.</source>
        <translation>Der Hub hat einen rückwärts laufenden Guthaben-Cursor gesendet; er wird ignoriert.</translation>
    </message>
    <message>
        <source>Could not store credits in the ledger; will ask again.</source>
        <translation>Guthaben konnte nicht im Kontobuch gespeichert werden; es wird erneut angefragt.</translation>
    </message>
    <message>
        <source>Payout: %1 sent to your address</source>
        <translation>Auszahlung: %1 an Ihre Adresse gesendet</translation>
    </message>
    <message>
        <source>Payout: %1 reached your address</source>
        <translation>Auszahlung: %1 ist an Ihrer Adresse angekommen</translation>
    </message>
    <message>
        <source>Task credited: %1</source>
        <translation>Aufgabe gutgeschrieben: %1</translation>
    </message>
    <message>
        <source>The network judged a task&apos;s result wrong; it earns no credit</source>
        <translation>Das Netzwerk hat das Ergebnis einer Aufgabe als falsch beurteilt; es gibt dafür kein Guthaben</translation>
    </message>
    <message>
        <source>If this happens often, check this computer&apos;s memory and cooling.</source>
        <translation>Wenn das oft passiert, prüfen Sie Arbeitsspeicher und Kühlung dieses Computers.</translation>
    </message>
</context>
<context>
    <name>sc::core::CurlHttpClient</name>
    <message>
        <source>The address is not a valid http(s) URL (%1)</source>
        <translation>Die Adresse ist keine gültige http(s)-URL (%1)</translation>
    </message>
    <message>
        <source>Could not find the host %1</source>
        <translation>Der Rechner %1 wurde nicht gefunden</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>The reply from %1 was still arriving after %2 s (%3 bytes so far): the connection or the server is too slow</source>
        <translation>Die Antwort von %1 kam nach %2 s noch immer an (bisher %3 Bytes): Die Verbindung oder der Server ist zu langsam</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>The secure connection to %1 was not set up within %2 s</source>
        <translation>Die sichere Verbindung zu %1 kam nicht innerhalb von %2 s zustande</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 s</source>
        <translation>Keine Verbindung zu %1 innerhalb von %2 s</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1)</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut (%1)</translation>
    </message>
    <message>
        <source>Could not set up a secure connection to %1 (%2)</source>
        <translation>Keine sichere Verbindung zu %1 möglich (%2)</translation>
    </message>
    <message>
        <source>The request to %1 failed (%2)</source>
        <translation>Die Anfrage an %1 ist fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>The reply from %1 is larger than the limit of %2 bytes</source>
        <translation>Die Antwort von %1 ist größer als die Grenze von %2 Bytes</translation>
    </message>
    <message>
        <source>The address is not a valid http(s) URL</source>
        <translation>Die Adresse ist keine gültige http(s)-URL</translation>
    </message>
    <message>
        <source>The request has an invalid header</source>
        <translation>Die Anfrage hat einen ungültigen Header</translation>
    </message>
    <message>
        <source>Could not start the request</source>
        <translation>Die Anfrage konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>The request was cancelled</source>
        <translation>Die Anfrage wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>sc::core::Engine</name>
    <message>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Tasks run in a %1 sandbox: no network, only their own folder writable.</source>
        <translation>Aufgaben laufen in einer %1-Sandbox: kein Netzwerk, nur ihr eigener Ordner ist beschreibbar.</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks will resume from their checkpoints.</source>
        <translation>
            <numerusform>%n Aufgabe wird ab ihrem Zwischenstand fortgesetzt.</numerusform>
            <numerusform>%n Aufgaben werden ab ihrem Zwischenstand fortgesetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n results from an earlier run wait to be reported.</source>
        <translation>
            <numerusform>%n Ergebnis aus einem früheren Lauf wartet darauf, gemeldet zu werden.</numerusform>
            <numerusform>%n Ergebnisse aus einem früheren Lauf warten darauf, gemeldet zu werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Settings changed; applied.</source>
        <translation>Einstellungen geändert und übernommen.</translation>
    </message>
    <message>
        <source>Stopping tasks (they resume from their checkpoints next time)</source>
        <translation>Aufgaben werden beendet (sie werden beim nächsten Mal ab ihrem Zwischenstand fortgesetzt)</translation>
    </message>
    <message numerus="yes">
        <source>Running %n tasks</source>
        <translation>
            <numerusform>%n Aufgabe läuft</numerusform>
            <numerusform>%n Aufgaben laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to the hub at %1</source>
        <translation>Verbindung zum Hub unter %1 wird hergestellt</translation>
    </message>
    <message>
        <source>Preparing tasks</source>
        <translation>Aufgaben werden vorbereitet</translation>
    </message>
    <message>
        <source>Waiting for work from the hub</source>
        <translation>Wartet auf Aufgaben vom Hub</translation>
    </message>
    <message>
        <source>No engine is running on this data folder.</source>
        <translation>Für diesen Datenordner läuft keine Engine.</translation>
    </message>
    <message>
        <source>No engine has run on this data folder yet.</source>
        <translation>Für diesen Datenordner ist noch keine Engine gelaufen.</translation>
    </message>
    <message>
        <source>Payout address changed to %1; telling the hub.</source>
        <translation>Auszahlungsadresse in %1 geändert; der Hub wird informiert.</translation>
    </message>
    <message>
        <source>Tasks wait for your permission: this computer cannot shut them in a sandbox (%1).</source>
        <translation>Aufgaben warten auf Ihre Erlaubnis: Dieser Computer kann sie nicht in eine Sandbox einschließen (%1).</translation>
    </message>
    <message>
        <source>This computer cannot shut tasks in a sandbox (%1), where they could not read your files: they wait until you allow them to run without one. Installing bubblewrap is safer.</source>
        <translation>Dieser Computer kann Aufgaben nicht in eine Sandbox einschließen (%1), in der sie Ihre Dateien nicht lesen könnten: Sie warten, bis Sie erlauben, dass sie ohne laufen. Sicherer ist es, bubblewrap zu installieren.</translation>
    </message>
    <message>
        <source>A task resumed from its checkpoint</source>
        <translation>Eine Aufgabe wurde an ihrem Sicherungspunkt fortgesetzt</translation>
    </message>
    <message>
        <source>Install bubblewrap, or allow tasks to run without a sandbox on the Overview.</source>
        <translation>Installieren Sie bubblewrap, oder erlauben Sie in der Übersicht, Aufgaben ohne Sandbox auszuführen.</translation>
    </message>
    <message>
        <source>Tasks run without a sandbox (%1). They still run at idle priority in their own folder.</source>
        <translation>Aufgaben laufen ohne Sandbox (%1). Sie laufen weiterhin mit niedrigster Priorität in ihrem eigenen Ordner.</translation>
    </message>
    <message>
        <source>Install bubblewrap to isolate them.</source>
        <translation>Installieren Sie bubblewrap, um sie abzuschotten.</translation>
    </message>
    <message>
        <source>You paused SpareCycles until you resume it</source>
        <translation>Sie haben SpareCycles pausiert, bis Sie es fortsetzen</translation>
    </message>
    <message>
        <source>You paused SpareCycles until %1</source>
        <translation>Sie haben SpareCycles bis %1 pausiert</translation>
    </message>
    <message>
        <source>You resumed SpareCycles</source>
        <translation>Sie haben SpareCycles fortgesetzt</translation>
    </message>
    <message>
        <source>Lost the connection to the network</source>
        <translation>Verbindung zum Netzwerk verloren</translation>
    </message>
    <message>
        <source>%1. Check this computer&apos;s internet connection; SpareCycles tries again by itself.</source>
        <translation>%1. Prüfen Sie die Internetverbindung dieses Computers; SpareCycles versucht es von selbst erneut.</translation>
    </message>
    <message>
        <source>Back online</source>
        <translation>Wieder verbunden</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Tasks suspended: %1</source>
        <translation>Aufgaben angehalten: %1</translation>
    </message>
    <message>
        <source>Tasks resumed (they had waited: %1)</source>
        <translation>Aufgaben fortgesetzt (sie hatten gewartet: %1)</translation>
    </message>
    <message>
        <source>GPU tasks run on the processor here: this computer has no graphics card for them.</source>
        <translation>GPU-Aufgaben laufen hier auf dem Prozessor: Dieser Computer hat keine Grafikkarte dafür.</translation>
    </message>
    <message>
        <source>Tasks can use the graphics card: %1.</source>
        <translation>Aufgaben können die Grafikkarte nutzen: %1.</translation>
    </message>
</context>
<context>
    <name>sc::core::Executor</name>
    <message>
        <source>it created more than %1 files in its folder</source>
        <translation>sie hat mehr als %1 Dateien in ihrem Ordner angelegt</translation>
    </message>
    <message>
        <source>it wrote more than %1 MB into its folder, the most one task may use</source>
        <translation>sie hat mehr als %1 MB in ihren Ordner geschrieben, das Höchste, was eine Aufgabe belegen darf</translation>
    </message>
    <message>
        <source>it started more processes and threads than the %1 one task may have</source>
        <translation>sie hat mehr Prozesse und Threads gestartet als die %1, die eine Aufgabe haben darf</translation>
    </message>
    <message>
        <source>it tried to write a file larger than %1 MB, the most one file may hold</source>
        <translation>sie wollte eine Datei größer als %1 MB schreiben, das Höchste, was eine Datei fassen darf</translation>
    </message>
    <message>
        <source>it made a system call that the sandbox forbids</source>
        <translation>sie hat einen Systemaufruf gemacht, den die Sandbox verbietet</translation>
    </message>
</context>
<context>
    <name>sc::core::HardwareWatch</name>
    <message>
        <source>This computer&apos;s hardware changed; sending its new profile to the hub.</source>
        <translation>Die Hardware dieses Computers hat sich geändert; das neue Profil wird an den Hub gesendet.</translation>
    </message>
    <message>
        <source>Measuring this computer&apos;s speed (a few seconds, at idle priority)…</source>
        <translation>Die Geschwindigkeit dieses Computers wird gemessen (einige Sekunden, mit Leerlaufpriorität) …</translation>
    </message>
    <message>
        <source>Speed measured: score %1 (integer %2 Mop/s, floating point %3 Mflop/s, memory %4 GB/s on all cores).</source>
        <translation>Geschwindigkeit gemessen: Wert %1 (Ganzzahl %2 Mop/s, Gleitkomma %3 Mflop/s, Speicher %4 GB/s auf allen Kernen).</translation>
    </message>
</context>
<context>
    <name>sc::core::HubSession</name>
    <message>
        <source>The hub does not know this device any more; registering again.</source>
        <translation>Der Hub kennt dieses Gerät nicht mehr; es wird erneut registriert.</translation>
    </message>
    <message>
        <source>The hub stopped sending work to this device because it returned wrong answers to known tasks. Check the computer&apos;s stability (memory, overclocking), then contact the network.</source>
        <translation>Der Hub sendet diesem Gerät keine Aufgaben mehr, weil es bei bekannten Aufgaben falsche Ergebnisse geliefert hat. Prüfen Sie die Stabilität des Computers (Arbeitsspeicher, Übertaktung) und wenden Sie sich dann an das Netzwerk.</translation>
    </message>
    <message numerus="yes">
        <source>Cannot reach the hub at %1: %2 Retrying in %n seconds.</source>
        <translation>
            <numerusform>Der Hub unter %1 ist nicht erreichbar: %2 Neuer Versuch in %n Sekunde.</numerusform>
            <numerusform>Der Hub unter %1 ist nicht erreichbar: %2 Neuer Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hub at %1 now signs task programs with a different key than when this device first joined. SpareCycles will not run programs it cannot trust. If the network announced a new key, remove the folder %2 to join again.</source>
        <translation>Der Hub unter %1 signiert Aufgabenprogramme jetzt mit einem anderen Schlüssel als beim ersten Beitritt dieses Geräts. SpareCycles führt keine Programme aus, denen es nicht vertrauen kann. Falls das Netzwerk einen neuen Schlüssel angekündigt hat, löschen Sie den Ordner %2, um erneut beizutreten.</translation>
    </message>
    <message numerus="yes">
        <source>The hub at %1 answered with an error (HTTP %2): %3 Retrying in %n seconds.</source>
        <translation>
            <numerusform>Der Hub unter %1 hat mit einem Fehler geantwortet (HTTP %2): %3 Neuer Versuch in %n Sekunde.</numerusform>
            <numerusform>Der Hub unter %1 hat mit einem Fehler geantwortet (HTTP %2): %3 Neuer Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reply from the hub at %1 was damaged or not as the protocol says: %2 Retrying in %n seconds.</source>
        <translation>
            <numerusform>Die Antwort des Hubs unter %1 war beschädigt oder entsprach nicht dem Protokoll: %2 Neuer Versuch in %n Sekunde.</numerusform>
            <numerusform>Die Antwort des Hubs unter %1 war beschädigt oder entsprach nicht dem Protokoll: %2 Neuer Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not set up a secure connection to the hub at %1: %2</source>
        <translation>Keine sichere Verbindung zum Hub unter %1 möglich: %2</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Mit %1 verbunden.</translation>
    </message>
</context>
<context>
    <name>sc::core::LocalHub</name>
    <message>
        <source>the demo network&apos;s payout key could not be made (%1)</source>
        <translation>der Auszahlungsschlüssel des Demo-Netzwerks konnte nicht erstellt werden (%1)</translation>
    </message>
    <message>
        <source>the demo chain is not installed with this copy of SpareCycles</source>
        <translation>die Demo-Blockchain ist mit dieser SpareCycles-Kopie nicht installiert</translation>
    </message>
    <message>
        <source>the demo chain did not start</source>
        <translation>die Demo-Blockchain ist nicht gestartet</translation>
    </message>
    <message>
        <source>the demo chain started but did not say where it is</source>
        <translation>die Demo-Blockchain ist gestartet, hat aber nicht mitgeteilt, wo sie erreichbar ist</translation>
    </message>
    <message>
        <source>Cannot start the local hub %1: %2</source>
        <translation>Der lokale Hub %1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>The local hub did not start (it said: %1).</source>
        <translation>Der lokale Hub ist nicht gestartet (Meldung: %1).</translation>
    </message>
</context>
<context>
    <name>sc::core::Notifier</name>
    <message>
        <source>Cannot reach the network</source>
        <translation>Netzwerk nicht erreichbar</translation>
    </message>
    <message numerus="yes">
        <source>SpareCycles has not reached its hub for %n minutes. Finished work is kept and sent when it is back. %1</source>
        <translation>
            <numerusform>SpareCycles hat seinen Hub seit %n Minute nicht erreicht. Fertige Arbeit wird aufbewahrt und gesendet, sobald er wieder da ist. %1</numerusform>
            <numerusform>SpareCycles hat seinen Hub seit %n Minuten nicht erreicht. Fertige Arbeit wird aufbewahrt und gesendet, sobald er wieder da ist. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>A task failed repeatedly</source>
        <translation>Eine Aufgabe ist wiederholt fehlgeschlagen</translation>
    </message>
    <message>
        <source>Task %1 stopped with an error (code %2) three times and was given up. If this happens often, check the computer&apos;s stability.</source>
        <translation>Aufgabe %1 ist dreimal mit einem Fehler (Code %2) beendet worden und wurde aufgegeben. Wenn das oft vorkommt, prüfen Sie die Stabilität des Computers.</translation>
    </message>
    <message>
        <source>Paused to cool down</source>
        <translation>Zum Abkühlen pausiert</translation>
    </message>
    <message>
        <source>The processor reached %1 °C (your limit is %2 °C). Tasks resume when it has cooled down.</source>
        <translation>Der Prozessor hat %1 °C erreicht (Ihre Grenze ist %2 °C). Die Aufgaben werden fortgesetzt, sobald er abgekühlt ist.</translation>
    </message>
    <message>
        <source>Payout arrived</source>
        <translation>Auszahlung eingetroffen</translation>
    </message>
    <message>
        <source>%1 was paid to %2.</source>
        <translation>%1 wurde an %2 ausgezahlt.</translation>
    </message>
</context>
<context>
    <name>sc::core::PolicyLoop</name>
    <message>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Paused: CPU at %1 °C, limit %2 °C</source>
        <translation>Pausiert: CPU bei %1 °C, Grenze %2 °C</translation>
    </message>
    <message>
        <source>Paused to cool down: CPU at %1 °C, limit %2 °C</source>
        <translation>Zum Abkühlen pausiert: CPU bei %1 °C, Grenze %2 °C</translation>
    </message>
    <message>
        <source>Slowed to %1 % to keep the CPU under %2 °C (now %3 °C)</source>
        <translation>Auf %1 % gedrosselt, um die CPU unter %2 °C zu halten (jetzt %3 °C)</translation>
    </message>
    <message>
        <source>Task %1 holds %2 MB, more than the %3 % of memory tasks may use now; it stops at its checkpoint and waits until there is room.</source>
        <translation>Aufgabe %1 belegt %2 MB, mehr als die %3 % des Arbeitsspeichers, die Aufgaben jetzt nutzen dürfen; sie hält an ihrem Sicherungspunkt an und wartet, bis Platz ist.</translation>
    </message>
    <message>
        <source>Graphics card work goes on while you use the computer, as set in Settings</source>
        <translation>Die Arbeit auf der Grafikkarte läuft weiter, während Sie den Computer benutzen, wie in den Einstellungen festgelegt</translation>
    </message>
    <message>
        <source>Graphics card work is paused while you use the computer (Settings)</source>
        <translation>Die Arbeit auf der Grafikkarte pausiert, während Sie den Computer benutzen (Einstellungen)</translation>
    </message>
    <message>
        <source>Graphics card work is paused to cool down: graphics card at %1 °C, limit %2 °C</source>
        <translation>Die Arbeit auf der Grafikkarte pausiert zum Abkühlen: Grafikkarte bei %1 °C, Grenze %2 °C</translation>
    </message>
    <message>
        <source>Graphics card work is slowed to %1 % to keep the card under %2 °C (now %3 °C)</source>
        <translation>Die Arbeit auf der Grafikkarte ist auf %1 % verlangsamt, damit die Karte unter %2 °C bleibt (jetzt %3 °C)</translation>
    </message>
</context>
<context>
    <name>sc::core::ProgramCache</name>
    <message>
        <source>Cannot store the program %1 in %2: %3</source>
        <translation>Das Programm %1 kann nicht in %2 gespeichert werden: %3</translation>
    </message>
    <message>
        <source>Refused the program %1 from the hub: its signature is not from the network&apos;s code-signing key. Its tasks are dropped.</source>
        <translation>Das Programm %1 vom Hub wurde abgelehnt: Seine Signatur stammt nicht vom Code-Signaturschlüssel des Netzwerks. Seine Aufgaben werden verworfen.</translation>
    </message>
    <message>
        <source>The program %1 arrived damaged (%2 bytes whose SHA-256 is not that of the signed program); it is downloaded again.</source>
        <translation>Das Programm %1 kam beschädigt an (%2 Bytes, deren SHA-256 nicht zum signierten Programm passt); es wird erneut heruntergeladen.</translation>
    </message>
    <message>
        <source>Refused to start a task: its program %1 is not signed by the network&apos;s code-signing key. The task is dropped.</source>
        <translation>Start einer Aufgabe verweigert: Ihr Programm %1 ist nicht mit dem Code-Signaturschlüssel des Netzwerks signiert. Die Aufgabe wird verworfen.</translation>
    </message>
</context>
<context>
    <name>sc::core::Settings</name>
    <message>
        <source>Give &apos;always&apos; or days and hours, e.g. &apos;mon-fri 18-8, sat-sun 0-24&apos;.</source>
        <translation>Geben Sie &apos;always&apos; oder Tage und Stunden an, z. B. &apos;mon-fri 18-8, sat-sun 0-24&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not like &apos;mon-fri 18-8&apos; (days mon…sun, hours 0–24).</source>
        <translation>&apos;%1&apos; hat nicht die Form &apos;mon-fri 18-8&apos; (Tage mon…sun, Stunden 0–24).</translation>
    </message>
    <message>
        <source>There is no setting &apos;%1&apos;. &apos;sparecycles-cli config list&apos; shows them all.</source>
        <translation>Es gibt keine Einstellung &apos;%1&apos;. &apos;sparecycles-cli config list&apos; zeigt alle an.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a program name (no paths, at most 64 characters).</source>
        <translation>&apos;%1&apos; ist kein Programmname (keine Pfade, höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The blockchain node&apos;s address starts with https:// or http://, not &apos;%1&apos;.</source>
        <translation>Die Adresse des Blockchain-Knotens beginnt mit https:// oder http://, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Give true or false, not &apos;%1&apos;.</source>
        <translation>Geben Sie true oder false an, nicht „%1“.</translation>
    </message>
    <message>
        <source>Give a whole number from %1 to %2, not &apos;%3&apos;.</source>
        <translation>Geben Sie eine ganze Zahl von %1 bis %2 an, nicht „%3“.</translation>
    </message>
    <message>
        <source>Give a number from %1 to %2, not &apos;%3&apos;.</source>
        <translation>Geben Sie eine Zahl von %1 bis %2 an, nicht „%3“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the choices.</source>
        <translation>„%1“ ist keine der Möglichkeiten.</translation>
    </message>
    <message>
        <source>A network&apos;s address starts with https:// or http://, like https://hub.example.org; &apos;%1&apos; is not one.</source>
        <translation>Die Adresse eines Netzwerks beginnt mit https:// oder http://, etwa https://hub.example.org; „%1“ ist keine.</translation>
    </message>
</context>
<context>
    <name>sc::core::TaskRunner</name>
    <message numerus="yes">
        <source>Received %n tasks from the hub.</source>
        <translation>
            <numerusform>%n Aufgabe vom Hub erhalten.</numerusform>
            <numerusform>%n Aufgaben vom Hub erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The network changed: %n tasks from the previous network were dropped.</source>
        <translation>
            <numerusform>Das Netzwerk hat gewechselt: %n Aufgabe des vorherigen Netzwerks wurde verworfen.</numerusform>
            <numerusform>Das Netzwerk hat gewechselt: %n Aufgaben des vorherigen Netzwerks wurden verworfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took up %n tasks the hub had given this computer that never arrived.</source>
        <translation>
            <numerusform>%n Aufgabe übernommen, die der Hub diesem Computer gegeben hatte, die aber nie angekommen war.</numerusform>
            <numerusform>%n Aufgaben übernommen, die der Hub diesem Computer gegeben hatte, die aber nie angekommen waren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave %n tasks back to the hub for other computers.</source>
        <translation>
            <numerusform>%n Aufgabe für andere Computer an den Hub zurückgegeben.</numerusform>
            <numerusform>%n Aufgaben für andere Computer an den Hub zurückgegeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dropped %n tasks that the hub no longer expects from this computer.</source>
        <translation>
            <numerusform>%n Aufgabe verworfen, die der Hub von diesem Computer nicht mehr erwartet.</numerusform>
            <numerusform>%n Aufgaben verworfen, die der Hub von diesem Computer nicht mehr erwartet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1 free on the disk holding %2; SpareCycles takes no new work while less than %3 is free. Free some space.</source>
        <translation>Nur %1 frei auf der Festplatte mit %2; SpareCycles nimmt keine neue Arbeit an, solange weniger als %3 frei ist. Schaffen Sie Platz.</translation>
    </message>
    <message>
        <source>Tasks keep %1 in %2, the most they may use (Settings); new work waits until some finish.</source>
        <translation>Aufgaben belegen %1 in %2, so viel, wie sie höchstens dürfen (Einstellungen); neue Arbeit wartet, bis einige fertig sind.</translation>
    </message>
    <message>
        <source>The hub&apos;s list of held work arrived damaged: task %1 in it does not carry the network&apos;s signature. Nothing of it is used; asking again.</source>
        <translation>Die Liste der gehaltenen Arbeit vom Hub kam beschädigt an: Aufgabe %1 darin trägt nicht die Signatur des Netzwerks. Nichts davon wird verwendet; neue Anfrage.</translation>
    </message>
    <message>
        <source>The hub&apos;s answer with new work arrived damaged: task %1 in it does not carry the network&apos;s signature. Nothing of it is used; asking again.</source>
        <translation>Die Antwort des Hubs mit neuer Arbeit kam beschädigt an: Aufgabe %1 darin trägt nicht die Signatur des Netzwerks. Nichts davon wird verwendet; neue Anfrage.</translation>
    </message>
    <message>
        <source>Dropped a task: its deadline passed before it could finish.</source>
        <translation>Eine Aufgabe verworfen: Ihre Frist lief ab, bevor sie fertig werden konnte.</translation>
    </message>
    <message>
        <source>Refused to start a task: the network did not sign it (it is not as the hub issued it). The task is dropped.</source>
        <translation>Start einer Aufgabe verweigert: Das Netzwerk hat sie nicht signiert (sie ist nicht so, wie der Hub sie ausgegeben hat). Die Aufgabe wird verworfen.</translation>
    </message>
    <message>
        <source>Cannot start a task: %1</source>
        <translation>Eine Aufgabe lässt sich nicht starten: %1</translation>
    </message>
    <message>
        <source>Task started</source>
        <translation>Aufgabe gestartet</translation>
    </message>
    <message>
        <source>A task was stopped because it broke a limit of its sandbox; the network is told</source>
        <translation>Eine Aufgabe wurde gestoppt, weil sie eine Grenze ihrer Sandbox überschritten hat; das Netzwerk wird informiert</translation>
    </message>
    <message>
        <source>Task finished</source>
        <translation>Aufgabe fertig</translation>
    </message>
    <message>
        <source>A task stopped: the disk holding %1 is full (%2 free). It runs again from its checkpoint once there is space.</source>
        <translation>Eine Aufgabe hat angehalten: Die Festplatte mit %1 ist voll (%2 frei). Sie läuft ab ihrem Sicherungspunkt weiter, sobald wieder Platz ist.</translation>
    </message>
    <message>
        <source>A task stopped and could not be recorded in the task database in %1; trying again later.</source>
        <translation>Eine Aufgabe hat angehalten und konnte nicht in der Aufgabendatenbank in %1 vermerkt werden; später neuer Versuch.</translation>
    </message>
    <message>
        <source>A task stopped unexpectedly; it runs again from its last checkpoint</source>
        <translation>Eine Aufgabe hat unerwartet angehalten; sie läuft ab ihrem letzten Sicherungspunkt weiter</translation>
    </message>
    <message>
        <source>Exit code %1.</source>
        <translation>Exit-Code %1.</translation>
    </message>
    <message numerus="yes">
        <source>A task failed %n times and was given up; the network is told</source>
        <translation>
            <numerusform>Eine Aufgabe ist %n-mal fehlgeschlagen und wurde aufgegeben; das Netzwerk wird informiert</numerusform>
            <numerusform>Eine Aufgabe ist %n-mal fehlgeschlagen und wurde aufgegeben; das Netzwerk wird informiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do: the network gives it to another computer.</source>
        <translation>Nichts zu tun: Das Netzwerk gibt sie einem anderen Computer.</translation>
    </message>
    <message>
        <source>The hub did not accept the result of a task: %1</source>
        <translation>Der Hub hat das Ergebnis einer Aufgabe nicht angenommen: %1</translation>
    </message>
    <message>
        <source>The hub could not take the result of a task now (%1); trying again later.</source>
        <translation>Der Hub konnte das Ergebnis einer Aufgabe gerade nicht annehmen (%1); später neuer Versuch.</translation>
    </message>
    <message>
        <source>Gave a GPU task back to the network: tasks may not use the graphics card.</source>
        <translation>Eine GPU-Aufgabe wurde an das Netzwerk zurückgegeben: Aufgaben dürfen die Grafikkarte nicht nutzen.</translation>
    </message>
</context>
<context>
    <name>sc::core::WalletWatch</name>
    <message>
        <source>This network names no blockchain node to read your balance from. Add one in Settings (blockchain node address).</source>
        <translation>Dieses Netzwerk nennt keinen Blockchain-Knoten, von dem Ihr Guthaben gelesen werden kann. Tragen Sie einen in den Einstellungen ein (Adresse des Blockchain-Knotens).</translation>
    </message>
    <message>
        <source>The blockchain node %1 did not answer: %2</source>
        <translation>Der Blockchain-Knoten %1 hat nicht geantwortet: %2</translation>
    </message>
    <message>
        <source>The blockchain node %1 is on chain %2, but this network pays on chain %3.</source>
        <translation>Der Blockchain-Knoten %1 gehört zur Chain %2, aber dieses Netzwerk zahlt auf Chain %3.</translation>
    </message>
    <message>
        <source>The blockchain node %1 sent a balance that is not a number.</source>
        <translation>Der Blockchain-Knoten %1 hat ein Guthaben gesendet, das keine Zahl ist.</translation>
    </message>
    <message>
        <source>Reading the wallet balance from %1 failed: %2</source>
        <translation>Das Wallet-Guthaben konnte nicht von %1 gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not reach the blockchain node (%1).</source>
        <translation>Der Blockchain-Knoten (%1) ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The blockchain node (%1) gave an answer this app cannot use.</source>
        <translation>Der Blockchain-Knoten (%1) hat eine Antwort gegeben, die diese App nicht verwenden kann.</translation>
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
            <numerusform>%n Aufgabe fertig, %1 gutgeschrieben</numerusform>
            <numerusform>%n Aufgaben fertig, %1 gutgeschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks finished</source>
        <translation>
            <numerusform>%n Aufgabe fertig</numerusform>
            <numerusform>%n Aufgaben fertig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 credited for %n tasks</source>
        <translation>
            <numerusform>%1 für %n Aufgabe gutgeschrieben</numerusform>
            <numerusform>%1 für %n Aufgaben gutgeschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks started</source>
        <translation>
            <numerusform>%n Aufgabe gestartet</numerusform>
            <numerusform>%n Aufgaben gestartet</numerusform>
        </translation>
    </message>
    <message>
        <source>A task</source>
        <translation>Eine Aufgabe</translation>
    </message>
    <message>
        <source>%1: finished, %2 credited</source>
        <translation>%1: fertig, %2 gutgeschrieben</translation>
    </message>
    <message>
        <source>%1: %2 credited</source>
        <translation>%1: %2 gutgeschrieben</translation>
    </message>
    <message>
        <source>%1: finished</source>
        <translation>%1: fertig</translation>
    </message>
    <message>
        <source>%1: started</source>
        <translation>%1: gestartet</translation>
    </message>
</context>
<context>
    <name>sc::ui::ActivityPage</name>
    <message>
        <source>Recent activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>What SpareCycles did recently, newest first.</source>
        <translation>Was SpareCycles zuletzt getan hat, das Neueste zuerst.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>All activity</source>
        <translation>Alle Aktivität</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Nur Probleme</translation>
    </message>
    <message>
        <source>Copy the lines shown, with their times</source>
        <translation>Die gezeigten Zeilen mit ihren Uhrzeiten kopieren</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
</context>
<context>
    <name>sc::ui::BarLineChart</name>
    <message>
        <source>Point at a bar to see its exact values.</source>
        <translation>Zeigen Sie auf einen Balken, um seine genauen Werte zu sehen.</translation>
    </message>
    <message>
        <source>Point at the line to see its exact values.</source>
        <translation>Zeigen Sie auf die Linie, um ihre genauen Werte zu sehen.</translation>
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
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Einnahmen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>Dieser PC</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
</context>
<context>
    <name>sc::ui::EarningsPage</name>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export earnings to a CSV file</source>
        <translation>Einnahmen in eine CSV-Datei exportieren</translation>
    </message>
    <message>
        <source>Chart of earnings</source>
        <translation>Diagramm der Einnahmen</translation>
    </message>
    <message>
        <source>The earnings record could not be opened.</source>
        <translation>Die Einnahmenliste konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Earned in this period: %1 · In total: %2</source>
        <translation>In diesem Zeitraum verdient: %1 · Insgesamt: %2</translation>
    </message>
    <message>
        <source>Nothing earned in this period yet. Credit appears here once the network has checked the results your computer sent.</source>
        <translation>In diesem Zeitraum noch nichts verdient. Gutschriften erscheinen hier, sobald das Netzwerk die Ergebnisse Ihres Computers geprüft hat.</translation>
    </message>
    <message>
        <source>Earned per day</source>
        <translation>Verdient pro Tag</translation>
    </message>
    <message>
        <source>Earned per week</source>
        <translation>Verdient pro Woche</translation>
    </message>
    <message>
        <source>Earned per month</source>
        <translation>Verdient pro Monat</translation>
    </message>
    <message>
        <source>SCT</source>
        <translation>SCT</translation>
    </message>
    <message>
        <source>Total earned</source>
        <translation>Insgesamt verdient</translation>
    </message>
    <message>
        <source>Export earnings</source>
        <translation>Einnahmen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Waiting for payout: %1 · Paid out: %2</source>
        <translation>Wartet auf Auszahlung: %1 · Ausgezahlt: %2</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Auszahlungen</translation>
    </message>
    <message>
        <source>No payouts yet. The network sends your credit to your payout address once enough of it is waiting.</source>
        <translation>Noch keine Auszahlungen. Das Netzwerk überweist Ihr Guthaben an Ihre Auszahlungsadresse, sobald genug davon wartet.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Failed: the amount is back in Waiting for payout</source>
        <translation>Fehlgeschlagen: Der Betrag ist wieder unter „Wartet auf Auszahlung“</translation>
    </message>
    <message>
        <source>On its way</source>
        <translation>Unterwegs</translation>
    </message>
    <message numerus="yes">
        <source>Confirmed (%n confirmations)</source>
        <translation>
            <numerusform>Bestätigt (%n Bestätigung)</numerusform>
            <numerusform>Bestätigt (%n Bestätigungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Ausgezahlt</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the transaction ID</source>
        <translation>Transaktions-ID kopieren</translation>
    </message>
    <message>
        <source>Copy the full transaction ID, to look it up on the blockchain</source>
        <translation>Die vollständige Transaktions-ID kopieren, um sie in der Blockchain nachzuschlagen</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Ausgezahlt</translation>
    </message>
    <message>
        <source>Sent by the network; not yet checked on the blockchain</source>
        <translation>Vom Netzwerk gesendet; noch nicht in der Blockchain geprüft</translation>
    </message>
    <message>
        <source>Failed on the blockchain; the network should pay it again</source>
        <translation>In der Blockchain fehlgeschlagen; das Netzwerk sollte den Betrag erneut zahlen</translation>
    </message>
    <message>
        <source>Not found on the blockchain, although the network says it was paid</source>
        <translation>Nicht in der Blockchain gefunden, obwohl das Netzwerk angibt, gezahlt zu haben</translation>
    </message>
    <message>
        <source>On the blockchain this transaction did not pay this amount to your address</source>
        <translation>In der Blockchain hat diese Transaktion diesen Betrag nicht an Ihre Adresse gezahlt</translation>
    </message>
    <message>
        <source>Earned per period</source>
        <translation>Verdient je Zeitraum</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Laufende Summe</translation>
    </message>
</context>
<context>
    <name>sc::ui::FirstRunWizard</name>
    <message>
        <source>Welcome to SpareCycles</source>
        <translation>Willkommen bei SpareCycles</translation>
    </message>
    <message>
        <source>Lend your computer&apos;s spare time</source>
        <translation>Leihen Sie die freie Zeit Ihres Computers</translation>
    </message>
    <message>
        <source>Which network?</source>
        <translation>Welches Netzwerk?</translation>
    </message>
    <message>
        <source>A &amp;hub on the internet:</source>
        <translation>Ein &amp;Hub im Internet:</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Hub-Adresse</translation>
    </message>
    <message>
        <source>Where should payouts go?</source>
        <translation>Wohin sollen Auszahlungen gehen?</translation>
    </message>
    <message>
        <source>Payout address</source>
        <translation>Auszahlungsadresse</translation>
    </message>
    <message>
        <source>When may tasks run?</source>
        <translation>Wann dürfen Aufgaben laufen?</translation>
    </message>
    <message>
        <source>Only when I am &amp;away from the computer (recommended)</source>
        <translation>Nur wenn ich &amp;nicht am Computer bin (empfohlen)</translation>
    </message>
    <message>
        <source>&amp;Always, at the lowest priority (may make fans louder)</source>
        <translation>&amp;Immer, mit niedrigster Priorität (Lüfter können lauter werden)</translation>
    </message>
    <message>
        <source>You can change this any time in Settings, and pause from the tray icon.</source>
        <translation>Sie können dies jederzeit in den Einstellungen ändern und über das Symbol im Infobereich pausieren.</translation>
    </message>
    <message>
        <source>All set</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>A hub address looks like https://hub.example.org.</source>
        <translation>Eine Hub-Adresse sieht so aus: https://hub.example.org.</translation>
    </message>
    <message>
        <source>Network: the demo network on this computer.</source>
        <translation>Netzwerk: das Demo-Netzwerk auf diesem Computer.</translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation>Netzwerk: %1</translation>
    </message>
    <message>
        <source>Payouts: no address yet.</source>
        <translation>Auszahlungen: noch keine Adresse.</translation>
    </message>
    <message>
        <source>Payouts to: %1</source>
        <translation>Auszahlungen an: %1</translation>
    </message>
    <message>
        <source>Tasks run only when you are away.</source>
        <translation>Aufgaben laufen nur, wenn Sie nicht am Computer sind.</translation>
    </message>
    <message>
        <source>Tasks run always, at the lowest priority.</source>
        <translation>Aufgaben laufen immer, mit niedrigster Priorität.</translation>
    </message>
    <message>
        <source>SpareCycles lives in the tray (the icon near the clock). Click it to see what it does and what you earned.</source>
        <translation>SpareCycles befindet sich im Infobereich (das Symbol neben der Uhr). Klicken Sie darauf, um zu sehen, was es tut und was Sie verdient haben.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 answers, but it is not a SpareCycles hub.</source>
        <translation>%1 antwortet, ist aber kein SpareCycles-Hub.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>&lt;p&gt;SpareCycles runs small computing tasks for a network while you are away from your computer, and records the credit you earn for them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What it does:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;starts tasks only when you allow it (by default: when you are away);&lt;/li&gt;&lt;li&gt;stops them within a fraction of a second when you come back;&lt;/li&gt;&lt;li&gt;slows down when the processor gets hot or you are on battery.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;What it never does:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;read your files, or let tasks use the network;&lt;/li&gt;&lt;li&gt;run tasks as you or with administrator rights;&lt;/li&gt;&lt;li&gt;ask for your wallet&apos;s secret words or keys: only a wallet you let it make or bring in is kept, on this computer alone.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;SpareCycles führt kleine Rechenaufgaben für ein Netzwerk aus, während Sie nicht am Computer sind, und verzeichnet das Guthaben, das Sie dafür verdienen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Was es tut:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;startet Aufgaben nur, wenn Sie es erlauben (standardmäßig: wenn Sie nicht am Computer sind);&lt;/li&gt;&lt;li&gt;hält sie innerhalb eines Sekundenbruchteils an, wenn Sie zurückkommen;&lt;/li&gt;&lt;li&gt;wird langsamer, wenn der Prozessor heiß wird oder der Computer im Akkubetrieb läuft.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Was es nie tut:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Ihre Dateien lesen oder Aufgaben das Netzwerk nutzen lassen;&lt;/li&gt;&lt;li&gt;Aufgaben unter Ihrem Benutzerkonto oder mit Administratorrechten ausführen;&lt;/li&gt;&lt;li&gt;nach den geheimen Wörtern oder Schlüsseln Ihrer Wallet fragen: Aufbewahrt wird nur eine Wallet, die Sie es erstellen oder übernehmen lassen, und zwar allein auf diesem Computer.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>The payout address above is this wallet&apos;s.</source>
        <translation>Die Auszahlungsadresse oben gehört zu dieser Wallet.</translation>
    </message>
    <message>
        <source>SpareCycles keeps a wallet for you on this computer. You can save a copy of it to a file, which MetaMask and most other wallets open.</source>
        <translation>SpareCycles bewahrt auf diesem Computer eine Wallet für Sie auf. Sie können eine Kopie davon in einer Datei speichern, die MetaMask und die meisten anderen Wallets öffnen können.</translation>
    </message>
    <message>
        <source>No wallet yet? SpareCycles can make one for you and keep it on this computer; you write down 12 recovery words that bring it back.</source>
        <translation>Noch keine Wallet? SpareCycles kann eine für Sie erstellen und auf diesem Computer aufbewahren; Sie schreiben 12 Wiederherstellungswörter auf, mit denen Sie sie zurückholen können.</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>Eine &amp;Kopie speichern…</translation>
    </message>
    <message>
        <source>&amp;Make one for me…</source>
        <translation>Wallet für mich &amp;erstellen…</translation>
    </message>
    <message>
        <source>Quit setup?</source>
        <translation>Einrichtung beenden?</translation>
    </message>
    <message>
        <source>SpareCycles does not start until setup is finished. Quit setup anyway?</source>
        <translation>SpareCycles startet erst, wenn die Einrichtung abgeschlossen ist. Einrichtung trotzdem beenden?</translation>
    </message>
    <message>
        <source>&amp;Demo network on this computer</source>
        <translation>&amp;Demo-Netzwerk auf diesem Computer</translation>
    </message>
    <message>
        <source>To try SpareCycles out: tasks, credit and payouts are real, but they stay on this computer, and its credit has no value.</source>
        <translation>Zum Ausprobieren: Aufgaben, Guthaben und Auszahlungen sind echt, bleiben aber auf diesem Computer, und das Guthaben ist nichts wert.</translation>
    </message>
    <message>
        <source>Give the address of your Ethereum-compatible (EVM) wallet: it starts with 0x and has 42 characters; copy it from your wallet app. Only the address: never your secret words or key. You can leave it empty and add it later.</source>
        <translation>Geben Sie die Adresse Ihrer Ethereum-kompatiblen (EVM-)Wallet an: Sie beginnt mit 0x und hat 42 Zeichen; kopieren Sie sie aus Ihrer Wallet-App. Nur die Adresse: niemals Ihre geheimen Wörter oder Ihren Schlüssel. Sie können das Feld leer lassen und die Adresse später eintragen.</translation>
    </message>
    <message>
        <source>0x… (your wallet’s address, optional)</source>
        <translation>0x… (Adresse Ihrer Wallet, freiwillig)</translation>
    </message>
    <message>
        <source>At &amp;these hours (click or drag to change):</source>
        <translation>Zu &amp;diesen Stunden (zum Ändern klicken oder ziehen):</translation>
    </message>
    <message>
        <source>Choose at least one hour, or tasks could never run.</source>
        <translation>Wählen Sie mindestens eine Stunde, sonst könnten Aufgaben nie laufen.</translation>
    </message>
    <message numerus="yes">
        <source>Tasks run only at the hours you chose (%n hours a week).</source>
        <translation>
            <numerusform>Aufgaben laufen nur zu den gewählten Stunden (%n Stunde pro Woche).</numerusform>
            <numerusform>Aufgaben laufen nur zu den gewählten Stunden (%n Stunden pro Woche).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sc::ui::HistoryPage</name>
    <message>
        <source>The contribution record could not be opened.</source>
        <translation>Die Beitragsliste konnte nicht geöffnet werden.</translation>
    </message>
    <message numerus="yes">
        <source>In this period: %1 of processor time, %n tasks finished.</source>
        <translation>
            <numerusform>In diesem Zeitraum: %1 Prozessorzeit, %n Aufgabe abgeschlossen.</numerusform>
            <numerusform>In diesem Zeitraum: %1 Prozessorzeit, %n Aufgaben abgeschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your computer has not worked on any task in this period yet. Tasks run when you are away from the computer (see Settings).</source>
        <translation>Ihr Computer hat in diesem Zeitraum noch an keiner Aufgabe gearbeitet. Aufgaben laufen, wenn Sie nicht am Computer sind (siehe Einstellungen).</translation>
    </message>
    <message>
        <source>Tasks finished</source>
        <translation>Fertige Aufgaben</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Processor time</source>
        <translation>Prozessorzeit</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message numerus="yes">
        <source>The network accepted %n results</source>
        <translation>
            <numerusform>Das Netzwerk hat %n Ergebnis angenommen</numerusform>
            <numerusform>Das Netzwerk hat %n Ergebnisse angenommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and rejected %n (wrong, failed or late).</source>
        <translation>
            <numerusform>und %n abgelehnt (falsch, fehlgeschlagen oder zu spät).</numerusform>
            <numerusform>und %n abgelehnt (falsch, fehlgeschlagen oder zu spät).</numerusform>
        </translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>Minutes of processor time</source>
        <translation>Minuten Prozessorzeit</translation>
    </message>
    <message>
        <source>Hours of processor time</source>
        <translation>Stunden Prozessorzeit</translation>
    </message>
    <message>
        <source>Chart of the time your computer worked and finished tasks</source>
        <translation>Diagramm der Arbeitszeit Ihres Computers und der fertigen Aufgaben</translation>
    </message>
    <message>
        <source>Processor and graphics card time</source>
        <translation>Prozessor- und Grafikkartenzeit</translation>
    </message>
    <message numerus="yes">
        <source>In this period: %1 of processor time and %2 of graphics card time, %n tasks finished.</source>
        <translation>
            <numerusform>In diesem Zeitraum: %1 Prozessorzeit und %2 Grafikkartenzeit, %n Aufgabe abgeschlossen.</numerusform>
            <numerusform>In diesem Zeitraum: %1 Prozessorzeit und %2 Grafikkartenzeit, %n Aufgaben abgeschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Prozessor</translation>
    </message>
    <message>
        <source>Graphics card</source>
        <translation>Grafikkarte</translation>
    </message>
    <message>
        <source>Minutes of work</source>
        <translation>Minuten Arbeit</translation>
    </message>
    <message>
        <source>Hours of work</source>
        <translation>Stunden Arbeit</translation>
    </message>
</context>
<context>
    <name>sc::ui::LiveChart</name>
    <message>
        <source>CPU temperature (°C)</source>
        <translation>CPU-Temperatur (°C)</translation>
    </message>
    <message>
        <source>Share of time tasks run (%)</source>
        <translation>Anteil der Zeit, in der Aufgaben laufen (%)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
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
        <translation>Erste Messwerte werden gesammelt…</translation>
    </message>
    <message>
        <source>Processor used by tasks (% of the computer)</source>
        <translation>Von Aufgaben genutzter Prozessor (% des Computers)</translation>
    </message>
    <message>
        <source>This computer does not report its processor temperature; only the tasks’ share of time and processor use are shown.</source>
        <translation>Dieser Computer meldet seine Prozessortemperatur nicht; gezeigt werden nur der Zeitanteil der Aufgaben und ihre Prozessornutzung.</translation>
    </message>
    <message>
        <source>Graphics card temperature (°C)</source>
        <translation>Grafikkartentemperatur (°C)</translation>
    </message>
    <message>
        <source>This computer does not report its processor temperature; the graphics card’s is shown.</source>
        <translation>Dieser Computer meldet seine Prozessortemperatur nicht; gezeigt wird die der Grafikkarte.</translation>
    </message>
</context>
<context>
    <name>sc::ui::OverviewPage</name>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Verdient</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>In total</source>
        <translation>Insgesamt</translation>
    </message>
    <message>
        <source>Last 10 minutes</source>
        <translation>Letzte 10 Minuten</translation>
    </message>
    <message>
        <source>Chart of CPU temperature and task running time over the last 10 minutes</source>
        <translation>Diagramm der CPU-Temperatur und Rechenzeit der letzten 10 Minuten</translation>
    </message>
    <message>
        <source>Tasks on this computer</source>
        <translation>Aufgaben auf diesem Computer</translation>
    </message>
    <message>
        <source>No task is running right now.</source>
        <translation>Gerade läuft keine Aufgabe.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Waiting for payout</source>
        <translation>Wartet auf Auszahlung</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Ausgezahlt</translation>
    </message>
    <message>
        <source>For network fees</source>
        <translation>Für Netzwerkgebühren</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Read from the blockchain at %1 for %2.</source>
        <translation>Um %1 von der Blockchain gelesen, für %2.</translation>
    </message>
    <message>
        <source>Payout wallet</source>
        <translation>Auszahlungs-Wallet</translation>
    </message>
    <message>
        <source>What your payout address holds on the blockchain, including anything it received from elsewhere.</source>
        <translation>Was Ihre Auszahlungsadresse auf der Blockchain besitzt, einschließlich allem, was sie von anderswo erhalten hat.</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>No balance of %1 could be read yet.</source>
        <translation>Für %1 konnte noch kein Guthaben gelesen werden.</translation>
    </message>
    <message>
        <source>Showing the balance from %1.</source>
        <translation>Angezeigt wird das Guthaben von %1.</translation>
    </message>
    <message>
        <source>%1 %2 Trying again in a minute. Check your internet connection, or change “Blockchain node address” in Settings.</source>
        <translation>%1 %2 Neuer Versuch in einer Minute. Prüfen Sie Ihre Internetverbindung oder ändern Sie „Adresse des Blockchain-Knotens“ in den Einstellungen.</translation>
    </message>
    <message>
        <source>Reading the balance of %1 from the blockchain…</source>
        <translation>Guthaben von %1 wird von der Blockchain gelesen …</translation>
    </message>
    <message>
        <source>Run tasks without a sandbox…</source>
        <translation>Aufgaben ohne Sandbox ausführen …</translation>
    </message>
    <message>
        <source>Waiting for your permission</source>
        <translation>Wartet auf Ihre Erlaubnis</translation>
    </message>
    <message>
        <source>Run tasks without a sandbox?</source>
        <translation>Aufgaben ohne Sandbox ausführen?</translation>
    </message>
    <message>
        <source>Tasks come from the network&apos;s strangers. Without a sandbox they run as you: they could read your files and use the network. They still run only when you are away and at the lowest priority.

Installing bubblewrap is safer. You can turn this off again in Settings.</source>
        <translation>Aufgaben kommen von Fremden im Netzwerk. Ohne Sandbox laufen sie als Sie: Sie könnten Ihre Dateien lesen und das Netzwerk nutzen. Sie laufen weiterhin nur, wenn Sie nicht da sind, und mit der niedrigsten Priorität.

Sicherer ist es, bubblewrap zu installieren. Sie können dies in den Einstellungen wieder ausschalten.</translation>
    </message>
    <message>
        <source>Run without a sandbox</source>
        <translation>Ohne Sandbox ausführen</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Tasks wait where they stopped and go on from there when you resume.</source>
        <translation>Aufgaben warten, wo sie angehalten haben, und machen dort weiter, wenn Sie fortsetzen.</translation>
    </message>
    <message>
        <source>Paused until you resume</source>
        <translation>Pausiert, bis Sie fortsetzen</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>Pausiert bis %1</translation>
    </message>
    <message>
        <source>Running now until %1, even while you use the computer</source>
        <translation>Rechnet jetzt bis %1, auch während Sie den Computer benutzen</translation>
    </message>
    <message>
        <source>A task</source>
        <translation>Eine Aufgabe</translation>
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
        <translation>%1 — %2, angehalten</translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <translation>%1 — %2 · %3</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Fortschritt von %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>Time worked in the last 7 days</source>
        <translation>Arbeitszeit der letzten 7 Tage</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Prozessor</translation>
    </message>
    <message>
        <source>Graphics card</source>
        <translation>Grafikkarte</translation>
    </message>
</context>
<context>
    <name>sc::ui::RangeSelector</name>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
</context>
<context>
    <name>sc::ui::ScheduleGrid</name>
    <message>
        <source>Hours when tasks may run</source>
        <translation>Stunden, in denen Aufgaben laufen dürfen</translation>
    </message>
    <message>
        <source>A week, one row per day and one column per hour. Filled hours are when tasks may run. Arrow keys move, Space switches an hour.</source>
        <translation>Eine Woche, eine Zeile pro Tag und eine Spalte pro Stunde. Gefüllte Stunden sind die, in denen Aufgaben laufen dürfen. Pfeiltasten bewegen, die Leertaste schaltet eine Stunde um.</translation>
    </message>
</context>
<context>
    <name>sc::ui::SettingsPage</name>
    <message>
        <source>Payout address</source>
        <translation>Auszahlungsadresse</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Blockchain node address</source>
        <translation>Adresse des Blockchain-Knotens</translation>
    </message>
    <message>
        <source>Create or import a wallet…</source>
        <translation>Wallet erstellen oder importieren…</translation>
    </message>
    <message>
        <source>No wallet yet? SpareCycles can make one for you, or bring in one you have from its recovery words or a wallet file.</source>
        <translation>Noch keine Wallet? SpareCycles kann eine für Sie erstellen oder eine vorhandene mit ihren Wiederherstellungswörtern oder aus einer Wallet-Datei übernehmen.</translation>
    </message>
    <message>
        <source>Export wallet…</source>
        <translation>Wallet exportieren…</translation>
    </message>
    <message>
        <source>Save a copy of the wallet SpareCycles holds to a file locked with a password.</source>
        <translation>Eine Kopie der Wallet, die SpareCycles verwahrt, in einer mit einem Passwort gesperrten Datei speichern.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Wechseln</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standard wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the defaults of “%1”</source>
        <translation>Standardwerte von „%1“ wiederherstellen</translation>
    </message>
    <message>
        <source>Puts every choice in “%1” back as SpareCycles came.</source>
        <translation>Setzt jede Einstellung unter „%1“ so zurück, wie SpareCycles ausgeliefert wurde.</translation>
    </message>
    <message>
        <source>When to run</source>
        <translation>Wann rechnen</translation>
    </message>
    <message>
        <source>Only while I’m away from the computer</source>
        <translation>Nur, wenn ich nicht am Computer bin</translation>
    </message>
    <message>
        <source>Start after I have been away for</source>
        <translation>Starten, wenn ich weg bin seit</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Minutes away before tasks start</source>
        <translation>Minuten Abwesenheit, bevor Aufgaben starten</translation>
    </message>
    <message>
        <source>Always, but slowed down while I use the computer</source>
        <translation>Immer, aber gebremst, während ich den Computer benutze</translation>
    </message>
    <message>
        <source>While I use it, tasks get</source>
        <translation>Während ich ihn benutze, bekommen Aufgaben</translation>
    </message>
    <message>
        <source>%1 % of the processor time</source>
        <translation>%1 % der Prozessorzeit</translation>
    </message>
    <message>
        <source>Processor time for tasks while you use the computer</source>
        <translation>Prozessorzeit für Aufgaben, während Sie den Computer benutzen</translation>
    </message>
    <message>
        <source>Always, at full speed</source>
        <translation>Immer, mit voller Geschwindigkeit</translation>
    </message>
    <message>
        <source>Tasks always run at the lowest priority, so the programs you use come first.</source>
        <translation>Aufgaben laufen immer mit niedrigster Priorität, damit Ihre Programme Vorrang haben.</translation>
    </message>
    <message>
        <source>Also use the graphics card while I use the computer</source>
        <translation>Auch die Grafikkarte nutzen, während ich den Computer benutze</translation>
    </message>
    <message>
        <source>Hours when tasks may run (click or drag to change):</source>
        <translation>Stunden, in denen Aufgaben laufen dürfen (zum Ändern klicken oder ziehen):</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Allow every hour of the week.</source>
        <translation>Jede Stunde der Woche erlauben.</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Processor cores tasks may use</source>
        <translation>Prozessorkerne, die Aufgaben nutzen dürfen</translation>
    </message>
    <message numerus="yes">
        <source>of %n cores</source>
        <translation>
            <numerusform>von %n Kern</numerusform>
            <numerusform>von %n Kernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Processor cores:</source>
        <translation>Prozessorkerne:</translation>
    </message>
    <message>
        <source>Processor time:</source>
        <translation>Prozessorzeit:</translation>
    </message>
    <message>
        <source>Processor time each task may use</source>
        <translation>Prozessorzeit, die jede Aufgabe nutzen darf</translation>
    </message>
    <message>
        <source>%1 % of each core&apos;s time</source>
        <translation>%1 % der Zeit jedes Kerns</translation>
    </message>
    <message>
        <source>Memory while I use the computer:</source>
        <translation>Arbeitsspeicher, während ich den Computer benutze:</translation>
    </message>
    <message>
        <source>Memory tasks may use while you use the computer</source>
        <translation>Arbeitsspeicher, den Aufgaben nutzen dürfen, während Sie den Computer benutzen</translation>
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
        <translation>Arbeitsspeicher, während ich weg bin:</translation>
    </message>
    <message>
        <source>Memory tasks may use while you are away</source>
        <translation>Arbeitsspeicher, den Aufgaben nutzen dürfen, während Sie weg sind</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>Disk space always left free</source>
        <translation>Immer frei gelassener Speicherplatz</translation>
    </message>
    <message>
        <source>Always leave free on the disk:</source>
        <translation>Auf der Festplatte immer frei lassen:</translation>
    </message>
    <message>
        <source>Disk space tasks may use at most</source>
        <translation>Speicherplatz, den Aufgaben höchstens nutzen dürfen</translation>
    </message>
    <message>
        <source>Disk space for tasks, at most:</source>
        <translation>Speicherplatz für Aufgaben, höchstens:</translation>
    </message>
    <message>
        <source>Pause tasks while other programs keep the processor busy</source>
        <translation>Aufgaben pausieren, solange andere Programme den Prozessor auslasten</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>above %1 % of the processor</source>
        <translation>über %1 % des Prozessors</translation>
    </message>
    <message>
        <source>How busy other programs must keep the processor</source>
        <translation>Wie stark andere Programme den Prozessor auslasten müssen</translation>
    </message>
    <message>
        <source>When they use</source>
        <translation>Wenn sie nutzen</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds other programs must be busy before tasks pause</source>
        <translation>Sekunden, die andere Programme beschäftigt sein müssen, bevor Aufgaben pausieren</translation>
    </message>
    <message>
        <source>Pause once they have been busy for:</source>
        <translation>Pausieren, wenn sie so lange beschäftigt waren:</translation>
    </message>
    <message>
        <source>Seconds tasks stay paused at least</source>
        <translation>Sekunden, die Aufgaben mindestens pausiert bleiben</translation>
    </message>
    <message>
        <source>Then stay paused for at least:</source>
        <translation>Dann mindestens so lange pausiert bleiben:</translation>
    </message>
    <message>
        <source>Pause while one of these programs runs (a game, for example):</source>
        <translation>Pausieren, solange eines dieser Programme läuft (zum Beispiel ein Spiel):</translation>
    </message>
    <message>
        <source>Programs that pause tasks while they run</source>
        <translation>Programme, während deren Laufzeit Aufgaben pausieren</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Pause for a program</source>
        <translation>Für ein Programm pausieren</translation>
    </message>
    <message>
        <source>The program’s name as the system lists it (for example steam or blender):</source>
        <translation>Der Name des Programms, wie das System ihn anzeigt (zum Beispiel steam oder blender):</translation>
    </message>
    <message>
        <source>Run tasks even where they cannot be shut in a sandbox</source>
        <translation>Aufgaben auch dort ausführen, wo sie sich nicht in einer Sandbox abschotten lassen</translation>
    </message>
    <message>
        <source>Not recommended: without a sandbox a task could read your files. SpareCycles uses a sandbox wherever this computer can set one up.</source>
        <translation>Nicht empfohlen: Ohne Sandbox könnte eine Aufgabe Ihre Dateien lesen. SpareCycles nutzt eine Sandbox überall, wo dieser Computer eine einrichten kann.</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Tasks slow down as the temperature nears the limit and stop above it, so the computer never runs hotter than you allow.</source>
        <translation>Aufgaben werden langsamer, wenn sich die Temperatur der Grenze nähert, und halten darüber an, damit der Computer nie heißer wird, als Sie erlauben.</translation>
    </message>
    <message>
        <source> °C</source>
        <translation> °C</translation>
    </message>
    <message>
        <source>Processor: keep below</source>
        <translation>Prozessor: unter</translation>
    </message>
    <message>
        <source>Processor temperature limit</source>
        <translation>Grenze der Prozessortemperatur</translation>
    </message>
    <message>
        <source>Graphics card: keep below</source>
        <translation>Grafikkarte: unter</translation>
    </message>
    <message>
        <source>Graphics card temperature limit</source>
        <translation>Grenze der Grafikkartentemperatur</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Akku</translation>
    </message>
    <message>
        <source>Pause tasks</source>
        <translation>Aufgaben pausieren</translation>
    </message>
    <message>
        <source>Run only while the battery is charged enough</source>
        <translation>Nur rechnen, solange der Akku genug geladen ist</translation>
    </message>
    <message>
        <source>Run as on mains power</source>
        <translation>Wie am Netzstrom rechnen</translation>
    </message>
    <message>
        <source>What tasks do on battery</source>
        <translation>Was Aufgaben im Akkubetrieb tun</translation>
    </message>
    <message>
        <source>On battery:</source>
        <translation>Im Akkubetrieb:</translation>
    </message>
    <message>
        <source>above %1 %</source>
        <translation>über %1 %</translation>
    </message>
    <message>
        <source>Battery charge tasks need</source>
        <translation>Akkuladung, die Aufgaben brauchen</translation>
    </message>
    <message>
        <source>Run while charged:</source>
        <translation>Rechnen bei Ladung:</translation>
    </message>
    <message>
        <source>On a computer without a battery this changes nothing.</source>
        <translation>Auf einem Computer ohne Akku ändert das nichts.</translation>
    </message>
    <message>
        <source>Network and payout</source>
        <translation>Netzwerk und Auszahlung</translation>
    </message>
    <message>
        <source>Work for:</source>
        <translation>Rechnen für:</translation>
    </message>
    <message>
        <source>The demo network on this computer (its credit has no value)</source>
        <translation>Das Demo-Netzwerk auf diesem Computer (sein Guthaben ist nichts wert)</translation>
    </message>
    <message>
        <source>The network at this address:</source>
        <translation>Das Netzwerk unter dieser Adresse:</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Address of the network</source>
        <translation>Adresse des Netzwerks</translation>
    </message>
    <message>
        <source>&amp;Join…</source>
        <translation>&amp;Beitreten…</translation>
    </message>
    <message>
        <source>the demo network on this computer</source>
        <translation>das Demo-Netzwerk auf diesem Computer</translation>
    </message>
    <message>
        <source>Payout address (where the network sends what you earn):</source>
        <translation>Auszahlungsadresse (an die das Netzwerk Ihre Einnahmen sendet):</translation>
    </message>
    <message>
        <source>0x… (your wallet’s address; you can add it later)</source>
        <translation>0x… (Adresse Ihrer Wallet; Sie können sie später eintragen)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the payout address</source>
        <translation>Auszahlungsadresse kopieren</translation>
    </message>
    <message>
        <source>Blockchain node to read your wallet balance from:</source>
        <translation>Blockchain-Knoten, von dem Ihr Wallet-Guthaben gelesen wird:</translation>
    </message>
    <message>
        <source>The one your network suggests</source>
        <translation>Der, den Ihr Netzwerk vorschlägt</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Tell me when:</source>
        <translation>Benachrichtigen, wenn:</translation>
    </message>
    <message>
        <source>a payout arrives</source>
        <translation>eine Auszahlung ankommt</translation>
    </message>
    <message>
        <source>tasks stop because the computer got too hot</source>
        <translation>Aufgaben anhalten, weil der Computer zu heiß wurde</translation>
    </message>
    <message>
        <source>a task fails again and again</source>
        <translation>eine Aufgabe immer wieder fehlschlägt</translation>
    </message>
    <message>
        <source>the network has been out of reach for half an hour</source>
        <translation>das Netzwerk eine halbe Stunde lang nicht erreichbar war</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Dark icon, for a light panel</source>
        <translation>Dunkles Symbol, für eine helle Leiste</translation>
    </message>
    <message>
        <source>Light icon, for a dark panel</source>
        <translation>Helles Symbol, für eine dunkle Leiste</translation>
    </message>
    <message>
        <source>Tray icon colour</source>
        <translation>Farbe des Symbols in der Leiste</translation>
    </message>
    <message>
        <source>Tray icon:</source>
        <translation>Symbol in der Leiste:</translation>
    </message>
    <message>
        <source>Start SpareCycles when I log in</source>
        <translation>SpareCycles beim Anmelden starten</translation>
    </message>
    <message>
        <source>Choose at least one hour, or tasks could never run.</source>
        <translation>Wählen Sie mindestens eine Stunde, sonst könnten Aufgaben nie laufen.</translation>
    </message>
    <message>
        <source>Type the network’s address, such as https://hub.example.org.</source>
        <translation>Geben Sie die Adresse des Netzwerks ein, etwa https://hub.example.org.</translation>
    </message>
    <message>
        <source>A network’s address starts with https:// or http://, such as https://hub.example.org.</source>
        <translation>Die Adresse eines Netzwerks beginnt mit https:// oder http://, etwa https://hub.example.org.</translation>
    </message>
    <message>
        <source>Move to another network?</source>
        <translation>Zu einem anderen Netzwerk wechseln?</translation>
    </message>
    <message>
        <source>Move to %1?

Tasks of the network you work for now that have not finished are dropped, and this computer starts on tasks from the new one. The credit you earned stays in your history.</source>
        <translation>Zu %1 wechseln?

Unfertige Aufgaben des Netzwerks, für das Sie jetzt rechnen, werden verworfen, und dieser Computer beginnt mit Aufgaben des neuen. Ihr verdientes Guthaben bleibt in Ihrem Verlauf.</translation>
    </message>
    <message>
        <source>SpareCycles now works for %1.</source>
        <translation>SpareCycles rechnet jetzt für %1.</translation>
    </message>
    <message>
        <source>Go back to %1</source>
        <translation>Zurück zu %1</translation>
    </message>
    <message>
        <source>Tasks may run at any hour.</source>
        <translation>Aufgaben dürfen zu jeder Stunde laufen.</translation>
    </message>
    <message numerus="yes">
        <source>Tasks may run %n of the 168 hours of a week.</source>
        <translation>
            <numerusform>Aufgaben dürfen %n der 168 Stunden einer Woche laufen.</numerusform>
            <numerusform>Aufgaben dürfen %n der 168 Stunden einer Woche laufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Now %1 °C</source>
        <translation>Jetzt %1 °C</translation>
    </message>
    <message>
        <source>This computer does not report it</source>
        <translation>Dieser Computer meldet sie nicht</translation>
    </message>
    <message>
        <source>No graphics card reports it</source>
        <translation>Keine Grafikkarte meldet sie</translation>
    </message>
    <message>
        <source>Let tasks use the graphics card</source>
        <translation>Aufgaben dürfen die Grafikkarte nutzen</translation>
    </message>
</context>
<context>
    <name>sc::ui::ThisPcPage</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Your computer</source>
        <translation>Ihr Computer</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>&amp;Measure speed now</source>
        <translation>Geschwindigkeit jetzt &amp;messen</translation>
    </message>
    <message>
        <source>Measure this computer&apos;s speed now</source>
        <translation>Die Geschwindigkeit dieses Computers jetzt messen</translation>
    </message>
    <message>
        <source>Unknown processor</source>
        <translation>Unbekannter Prozessor</translation>
    </message>
    <message>
        <source>%1 cores, can run %2 tasks at once</source>
        <translation>%1 Kerne, kann %2 Aufgaben gleichzeitig ausführen</translation>
    </message>
    <message>
        <source>can run %1 tasks at once</source>
        <translation>kann %1 Aufgaben gleichzeitig ausführen</translation>
    </message>
    <message>
        <source>up to %1 GHz</source>
        <translation>bis zu %1 GHz</translation>
    </message>
    <message>
        <source>Processor:</source>
        <translation>Prozessor:</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Arbeitsspeicher:</translation>
    </message>
    <message>
        <source>%1 (%2 free now)</source>
        <translation>%1 (%2 derzeit frei)</translation>
    </message>
    <message>
        <source>, %1 memory</source>
        <translation>, %1 Speicher</translation>
    </message>
    <message>
        <source>Graphics:</source>
        <translation>Grafik:</translation>
    </message>
    <message>
        <source>No graphics card that tasks can use was found.</source>
        <translation>Es wurde keine Grafikkarte gefunden, die Aufgaben nutzen können.</translation>
    </message>
    <message>
        <source>Free disk space:</source>
        <translation>Freier Speicherplatz:</translation>
    </message>
    <message>
        <source>%1 in the SpareCycles folder</source>
        <translation>%1 im SpareCycles-Ordner</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>System:</translation>
    </message>
    <message>
        <source>Battery:</source>
        <translation>Akku:</translation>
    </message>
    <message>
        <source>Yes. Tasks follow the battery rules in Settings.</source>
        <translation>Ja. Aufgaben folgen den Akku-Regeln in den Einstellungen.</translation>
    </message>
    <message>
        <source>No (this computer runs on mains power).</source>
        <translation>Nein (dieser Computer läuft am Stromnetz).</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>Temperatur:</translation>
    </message>
    <message>
        <source>%1 °C now (measured by %2)</source>
        <translation>Derzeit %1 °C (gemessen von %2)</translation>
    </message>
    <message>
        <source>This computer does not report its processor temperature, so SpareCycles cannot slow tasks down when it gets hot.</source>
        <translation>Dieser Computer meldet keine Prozessortemperatur, daher kann SpareCycles Aufgaben nicht verlangsamen, wenn er heiß wird.</translation>
    </message>
    <message>
        <source>The speed of this computer has not been measured yet. It takes a few seconds and runs at low priority.</source>
        <translation>Die Geschwindigkeit dieses Computers wurde noch nicht gemessen. Die Messung dauert einige Sekunden und läuft mit niedriger Priorität.</translation>
    </message>
    <message numerus="yes">
        <source>Measured on %1 using %n threads. Higher numbers are faster.</source>
        <translation>
            <numerusform>Gemessen am %1 mit %n Thread. Höhere Werte sind schneller.</numerusform>
            <numerusform>Gemessen am %1 mit %n Threads. Höhere Werte sind schneller.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall score:</source>
        <translation>Gesamtwertung:</translation>
    </message>
    <message>
        <source>Whole-number work:</source>
        <translation>Ganzzahl-Rechnen:</translation>
    </message>
    <message>
        <source>%1 million operations per second (one core: %2)</source>
        <translation>%1 Millionen Operationen pro Sekunde (ein Kern: %2)</translation>
    </message>
    <message>
        <source>Decimal maths:</source>
        <translation>Gleitkomma-Rechnen:</translation>
    </message>
    <message>
        <source>Memory speed:</source>
        <translation>Speichergeschwindigkeit:</translation>
    </message>
    <message>
        <source>%1 GB per second (one core: %2)</source>
        <translation>%1 GB pro Sekunde (ein Kern: %2)</translation>
    </message>
    <message>
        <source>Measuring… (a few seconds)</source>
        <translation>Wird gemessen… (einige Sekunden)</translation>
    </message>
</context>
<context>
    <name>sc::ui::TrayController</name>
    <message>
        <source>SpareCycles menu</source>
        <translation>SpareCycles-Menü</translation>
    </message>
    <message>
        <source>&amp;Open dashboard</source>
        <translation>Übersicht ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Pause for 1 &amp;hour</source>
        <translation>1 &amp;Stunde pausieren</translation>
    </message>
    <message>
        <source>Pause until &amp;tomorrow</source>
        <translation>Bis &amp;morgen pausieren</translation>
    </message>
    <message>
        <source>Pause until I &amp;resume</source>
        <translation>Pausieren, bis ich &amp;fortsetze</translation>
    </message>
    <message>
        <source>R&amp;esume</source>
        <translation>F&amp;ortsetzen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>SpareCycles: %1</source>
        <translation>SpareCycles: %1</translation>
    </message>
    <message>
        <source>Earned today: %1</source>
        <translation>Heute verdient: %1</translation>
    </message>
    <message>
        <source>Run &amp;now for an hour, even while I use the computer</source>
        <translation>&amp;Jetzt eine Stunde lang rechnen, auch während ich den Computer benutze</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks running</source>
        <translation>
            <numerusform>%n Aufgabe läuft</numerusform>
            <numerusform>%n Aufgaben laufen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sc::ui::WalletDialog</name>
    <message>
        <source>Your wallet</source>
        <translation>Ihre Wallet</translation>
    </message>
    <message>
        <source>A wallet for your payouts</source>
        <translation>Eine Wallet für Ihre Auszahlungen</translation>
    </message>
    <message>
        <source>A wallet is where the tokens you earn with this computer&apos;s spare time are paid to; SpareCycles can make one for you and keep its key on this computer. A new wallet comes with 12 recovery words, and those words are the only way back to it if this computer breaks or is lost.</source>
        <translation>An eine Wallet werden die Token gezahlt, die Sie mit der freien Zeit dieses Computers verdienen; SpareCycles kann eine für Sie erstellen und ihren Schlüssel auf diesem Computer aufbewahren. Zu einer neuen Wallet gehören 12 Wiederherstellungswörter, und nur mit diesen Wörtern kommen Sie wieder an sie heran, wenn dieser Computer kaputtgeht oder verloren geht.</translation>
    </message>
    <message>
        <source>&amp;Make a new wallet for me</source>
        <translation>&amp;Neue Wallet für mich erstellen</translation>
    </message>
    <message>
        <source>I have a wallet: bring it in with its recovery &amp;words</source>
        <translation>Ich habe eine Wallet: mit ihren Wiederherstellungswörtern &amp;importieren</translation>
    </message>
    <message>
        <source>I have a wallet: bring it in from a wallet &amp;file</source>
        <translation>Ich habe eine Wallet: aus einer Wallet-&amp;Datei importieren</translation>
    </message>
    <message>
        <source>A Web3 keystore (v3) JSON file, as MetaMask, MyEtherWallet or geth save it.</source>
        <translation>Eine JSON-Datei im Format Web3 keystore (v3), wie MetaMask, MyEtherWallet oder geth sie speichern.</translation>
    </message>
    <message>
        <source>&amp;Save a copy of the wallet to a file</source>
        <translation>Eine &amp;Kopie der Wallet in einer Datei speichern</translation>
    </message>
    <message>
        <source>Write down your 12 recovery words</source>
        <translation>Schreiben Sie Ihre 12 Wiederherstellungswörter auf</translation>
    </message>
    <message>
        <source>Write these words on paper, in this order, and keep the paper somewhere safe. Anyone who sees them can take everything in the wallet, and nobody, not even SpareCycles, can give them to you again: they are shown only this once.</source>
        <translation>Schreiben Sie diese Wörter in dieser Reihenfolge auf Papier und bewahren Sie das Papier an einem sicheren Ort auf. Wer sie sieht, kann alles aus der Wallet nehmen, und niemand, nicht einmal SpareCycles, kann sie Ihnen erneut geben: Sie werden nur dieses eine Mal angezeigt.</translation>
    </message>
    <message>
        <source>A BIP-39 recovery phrase (English word list); the wallet&apos;s first account (m/44&apos;/60&apos;/0&apos;/0/0) receives the payouts.</source>
        <translation>Eine BIP-39-Wiederherstellungsphrase (englische Wortliste); das erste Konto der Wallet (m/44&apos;/60&apos;/0&apos;/0/0) erhält die Auszahlungen.</translation>
    </message>
    <message>
        <source>I &amp;wrote them down</source>
        <translation>Ich habe sie &amp;aufgeschrieben</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Check your paper</source>
        <translation>Prüfen Sie Ihr Papier</translation>
    </message>
    <message>
        <source>Type the words your paper has at these numbers.</source>
        <translation>Geben Sie die Wörter ein, die auf Ihrem Papier unter diesen Nummern stehen.</translation>
    </message>
    <message>
        <source>Choose a password</source>
        <translation>Wählen Sie ein Passwort</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Noch &amp;einmal:</translation>
    </message>
    <message>
        <source>Your recovery words</source>
        <translation>Ihre Wiederherstellungswörter</translation>
    </message>
    <message>
        <source>Type or paste the 12 or 24 recovery words of your wallet, in order, separated by spaces. Payouts will go to the wallet&apos;s first account.</source>
        <translation>Geben Sie die 12 oder 24 Wiederherstellungswörter Ihrer Wallet der Reihe nach ein, getrennt durch Leerzeichen, oder fügen Sie sie ein. Auszahlungen gehen dann an das erste Konto der Wallet.</translation>
    </message>
    <message>
        <source>Recovery words</source>
        <translation>Wiederherstellungswörter</translation>
    </message>
    <message>
        <source>A BIP-39 phrase in English; the account used is m/44&apos;/60&apos;/0&apos;/0/0.</source>
        <translation>Eine BIP-39-Phrase auf Englisch; verwendet wird das Konto m/44&apos;/60&apos;/0&apos;/0/0.</translation>
    </message>
    <message>
        <source>Your wallet file</source>
        <translation>Ihre Wallet-Datei</translation>
    </message>
    <message>
        <source>Choose the file your wallet was saved in (MetaMask, MyEtherWallet and SpareCycles save a file ending in .json) and type its password.</source>
        <translation>Wählen Sie die Datei, in der Ihre Wallet gespeichert wurde (MetaMask, MyEtherWallet und SpareCycles speichern eine Datei mit der Endung .json), und geben Sie ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Wallet &amp;file:</source>
        <translation>Wallet-&amp;Datei:</translation>
    </message>
    <message>
        <source>Wallet file</source>
        <translation>Wallet-Datei</translation>
    </message>
    <message>
        <source>Wallet files (*.json *.keystore);;All files (*)</source>
        <translation>Wallet-Dateien (*.json *.keystore);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A Web3 keystore (v3) JSON file.</source>
        <translation>Eine JSON-Datei im Format Web3 keystore (v3).</translation>
    </message>
    <message>
        <source>Password of the file</source>
        <translation>Passwort der Datei</translation>
    </message>
    <message>
        <source>Save a copy of your wallet</source>
        <translation>Eine Kopie Ihrer Wallet speichern</translation>
    </message>
    <message>
        <source>The copy is a file locked with a password. MetaMask and most other wallets can open it; keep it as safe as your recovery words.</source>
        <translation>Die Kopie ist eine mit einem Passwort gesperrte Datei. MetaMask und die meisten anderen Wallets können sie öffnen; bewahren Sie sie so sicher auf wie Ihre Wiederherstellungswörter.</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <source>Save the wallet as</source>
        <translation>Wallet speichern unter</translation>
    </message>
    <message>
        <source>Wallet files (*.json)</source>
        <translation>Wallet-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Written as a Web3 keystore (v3) JSON file, readable only by you.</source>
        <translation>Wird als JSON-Datei im Format Web3 keystore (v3) geschrieben, die nur Sie lesen können.</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>Dasselbe Passwort noch einmal</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>An EIP-55 address on an EVM chain.</source>
        <translation>Eine EIP-55-Adresse auf einer EVM-Chain.</translation>
    </message>
    <message>
        <source>Looking for this computer&apos;s keychain… (this can take a few seconds)</source>
        <translation>Der Schlüsselbund dieses Computers wird gesucht… (das kann einige Sekunden dauern)</translation>
    </message>
    <message>
        <source>SpareCycles keeps a wallet for this computer in %1.</source>
        <translation>SpareCycles bewahrt die Wallet dieses Computers in %1 auf.</translation>
    </message>
    <message>
        <source>Its address is %1.</source>
        <translation>Ihre Adresse ist %1.</translation>
    </message>
    <message>
        <source>It is never replaced, because it holds the key of your payouts; you can save a copy.</source>
        <translation>Sie wird nie ersetzt, weil sie den Schlüssel zu Ihren Auszahlungen enthält; Sie können eine Kopie speichern.</translation>
    </message>
    <message>
        <source>There is no wallet made by SpareCycles here yet, so there is nothing to save. Make one or bring yours in.</source>
        <translation>Hier gibt es noch keine von SpareCycles erstellte Wallet, daher gibt es nichts zu speichern. Erstellen Sie eine oder importieren Sie Ihre eigene.</translation>
    </message>
    <message>
        <source>The wallet&apos;s key will be kept in the system keychain, which your login unlocks.</source>
        <translation>Der Schlüssel der Wallet wird im Schlüsselbund des Systems aufbewahrt, den Ihre Anmeldung entsperrt.</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the wallet will be kept in a file locked with a password: %1</source>
        <translation>Dieser Computer hat keinen Schlüsselbund, daher wird die Wallet in einer mit einem Passwort gesperrten Datei aufbewahrt: %1</translation>
    </message>
    <message>
        <source>Word %1:</source>
        <translation>Wort %1:</translation>
    </message>
    <message>
        <source>Word %1</source>
        <translation>Wort %1</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the wallet is kept in a file locked with a password. Choose one of at least %1 characters: it is asked for when you save a copy of the wallet. If you forget it, your recovery words still bring the wallet back.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund, daher wird die Wallet in einer mit einem Passwort gesperrten Datei aufbewahrt. Wählen Sie ein Passwort mit mindestens %1 Zeichen: Es wird abgefragt, wenn Sie eine Kopie der Wallet speichern. Wenn Sie es vergessen, bringen Ihre Wiederherstellungswörter die Wallet trotzdem zurück.</translation>
    </message>
    <message>
        <source>The copy is locked with the password of your wallet. Type it:</source>
        <translation>Die Kopie wird mit dem Passwort Ihrer Wallet gesperrt. Geben Sie es ein:</translation>
    </message>
    <message>
        <source>Choose a password for the copy (at least %1 characters); it is needed to open the copy:</source>
        <translation>Wählen Sie ein Passwort für die Kopie (mindestens %1 Zeichen); es wird zum Öffnen der Kopie benötigt:</translation>
    </message>
    <message>
        <source>Your wallet&apos;s password</source>
        <translation>Passwort Ihrer Wallet</translation>
    </message>
    <message>
        <source>A new password</source>
        <translation>Ein neues Passwort</translation>
    </message>
    <message>
        <source>Word %1 is not the word that was shown.</source>
        <translation>Wort %1 ist nicht das Wort, das angezeigt wurde.</translation>
    </message>
    <message>
        <source>Words %1 are not the words that were shown.</source>
        <translation>Die Wörter %1 sind nicht die Wörter, die angezeigt wurden.</translation>
    </message>
    <message>
        <source>Look at your paper and type again. Nothing has been saved. If you did not write the words down, press Cancel and start again for new words.</source>
        <translation>Sehen Sie auf Ihrem Papier nach und geben Sie die Wörter erneut ein. Es wurde nichts gespeichert. Wenn Sie die Wörter nicht aufgeschrieben haben, klicken Sie auf „Abbrechen“ und beginnen Sie neu, um neue Wörter zu erhalten.</translation>
    </message>
    <message>
        <source>A copy of your wallet is saved</source>
        <translation>Eine Kopie Ihrer Wallet ist gespeichert</translation>
    </message>
    <message>
        <source>The copy holds the key of this address:</source>
        <translation>Die Kopie enthält den Schlüssel dieser Adresse:</translation>
    </message>
    <message>
        <source>The copy is in %1, locked with %2. To use the wallet elsewhere, open that file in MetaMask or another wallet (&quot;import a JSON file&quot;).</source>
        <translation>Die Kopie liegt in %1, gesperrt mit %2. Um die Wallet anderswo zu nutzen, öffnen Sie diese Datei in MetaMask oder einer anderen Wallet (&quot;JSON-Datei importieren&quot;).</translation>
    </message>
    <message>
        <source>your wallet&apos;s password</source>
        <translation>dem Passwort Ihrer Wallet</translation>
    </message>
    <message>
        <source>the password you just chose</source>
        <translation>dem Passwort, das Sie gerade gewählt haben</translation>
    </message>
    <message>
        <source>Your wallet is ready</source>
        <translation>Ihre Wallet ist bereit</translation>
    </message>
    <message>
        <source>Its key is kept in %1.</source>
        <translation>Ihr Schlüssel wird in %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Keep your paper with the 12 words safe: it is the only way back to this wallet.</source>
        <translation>Bewahren Sie Ihr Papier mit den 12 Wörtern sicher auf: Nur damit kommen Sie wieder an diese Wallet heran.</translation>
    </message>
    <message>
        <source>Until now payouts went to %1; what was paid there stays there.</source>
        <translation>Bisher gingen Auszahlungen an %1; was dorthin gezahlt wurde, bleibt dort.</translation>
    </message>
    <message>
        <source>Payouts now go to this address:</source>
        <translation>Auszahlungen gehen jetzt an diese Adresse:</translation>
    </message>
</context>
<context>
    <name>sc::ui::WalletPage</name>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
</context>
<context>
    <name>sc::ui::WordGrid</name>
    <message>
        <source>Recovery words</source>
        <translation>Wiederherstellungswörter</translation>
    </message>
    <message>
        <source>Word %1</source>
        <translation>Wort %1</translation>
    </message>
</context>
</TS>
