<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>DataFolder</name>
    <message>
        <source>Cannot create the data folder %1. Check that it is writable.</source>
        <translation>Не удаётся создать папку данных %1. Проверьте, что в неё можно записывать.</translation>
    </message>
    <message>
        <source>Another SpareCycles engine (process %1) is already using %2.</source>
        <translation>Другой движок SpareCycles (процесс %1) уже использует %2.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space and start SpareCycles again.</source>
        <translation>Диск с папкой %1 заполнен. Освободите место и снова запустите SpareCycles.</translation>
    </message>
    <message>
        <source>Cannot write to the data folder %1. Check that it is writable and the disk is not full.</source>
        <translation>Не удаётся записать в папку данных %1. Проверьте, что в неё можно записывать и что диск не заполнен.</translation>
    </message>
</context>
<context>
    <name>DeviceIdentity</name>
    <message numerus="yes">
        <source>%1 of credit not yet paid out and %n unfinished tasks belong to this computer under that key.</source>
        <translation>
            <numerusform>За этим компьютером под этим ключом числятся невыплаченные начисления на сумму %1 и %n незавершённая задача.</numerusform>
            <numerusform>За этим компьютером под этим ключом числятся невыплаченные начисления на сумму %1 и %n незавершённые задачи.</numerusform>
            <numerusform>За этим компьютером под этим ключом числятся невыплаченные начисления на сумму %1 и %n незавершённых задач.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of credit not yet paid out belongs to this computer under that key.</source>
        <translation>За этим компьютером под этим ключом числятся невыплаченные начисления на сумму %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished tasks belong to this computer under that key.</source>
        <translation>
            <numerusform>За этим компьютером под этим ключом числится %n незавершённая задача.</numerusform>
            <numerusform>За этим компьютером под этим ключом числятся %n незавершённые задачи.</numerusform>
            <numerusform>За этим компьютером под этим ключом числится %n незавершённых задач.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer is now a new device on the network, with a new key. %n tasks of the old identity were dropped.</source>
        <translation>
            <numerusform>Теперь этот компьютер — новое устройство в сети, с новым ключом. %n задача прежней учётной записи отброшена.</numerusform>
            <numerusform>Теперь этот компьютер — новое устройство в сети, с новым ключом. %n задачи прежней учётной записи отброшены.</numerusform>
            <numerusform>Теперь этот компьютер — новое устройство в сети, с новым ключом. %n задач прежней учётной записи отброшено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot record the device&apos;s identity in %1. Check that the disk is not full.</source>
        <translation>Не удаётся сохранить учётную запись устройства в %1. Проверьте, не заполнен ли диск.</translation>
    </message>
    <message>
        <source>The backup copy of the device key could not be written (%1).</source>
        <translation>Не удалось записать резервную копию ключа устройства (%1).</translation>
    </message>
    <message>
        <source>Cannot write the device key in %1. Check that the disk is not full.</source>
        <translation>Не удаётся записать ключ устройства в %1. Проверьте, не заполнен ли диск.</translation>
    </message>
    <message>
        <source>The key in %1 is not the one this computer joined the network with: the file was replaced.</source>
        <translation>Ключ в %1 — не тот, с которым этот компьютер вошёл в сеть: файл был заменён.</translation>
    </message>
    <message>
        <source>The device key was damaged; it was restored from its backup copy, and this computer keeps its identity on the network.</source>
        <translation>Ключ устройства был повреждён; он восстановлен из резервной копии, и этот компьютер сохраняет свою учётную запись в сети.</translation>
    </message>
    <message>
        <source>The device key was missing; it was restored from its backup copy, and this computer keeps its identity on the network.</source>
        <translation>Ключ устройства пропал; он восстановлен из резервной копии, и этот компьютер сохраняет свою учётную запись в сети.</translation>
    </message>
    <message>
        <source>The device key was restored from the system keychain, and this computer keeps its identity on the network.</source>
        <translation>Ключ устройства восстановлен из системной связки ключей, и этот компьютер сохраняет свою учётную запись в сети.</translation>
    </message>
    <message>
        <source>Cannot make a device key.</source>
        <translation>Не удаётся создать ключ устройства.</translation>
    </message>
    <message>
        <source>The key that identifies this computer on the network (%1) is damaged, and no backup copy was found.</source>
        <translation>Ключ, по которому сеть узнаёт этот компьютер (%1), повреждён, а резервная копия не найдена.</translation>
    </message>
    <message>
        <source>The key that identifies this computer on the network is missing from %1, and no backup copy was found.</source>
        <translation>Ключ, по которому сеть узнаёт этот компьютер, отсутствует в %1, а резервная копия не найдена.</translation>
    </message>
    <message>
        <source>%1 is not a SpareCycles device key (or it is damaged).</source>
        <translation>%1 — не ключ устройства SpareCycles (или он повреждён).</translation>
    </message>
    <message>
        <source>%1 is a device key, but not this computer&apos;s: it belongs to another device.</source>
        <translation>%1 — ключ устройства, но не этого компьютера: он принадлежит другому устройству.</translation>
    </message>
    <message>
        <source>Cannot record the device&apos;s identity in %1.</source>
        <translation>Не удаётся сохранить учётную запись устройства в %1.</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name.</source>
        <translation>%1 уже существует; выберите другое имя файла.</translation>
    </message>
    <message>
        <source>This computer&apos;s device key cannot be read: %1</source>
        <translation>Не удаётся прочитать ключ устройства этого компьютера: %1</translation>
    </message>
</context>
<context>
    <name>EvmAddress</name>
    <message>
        <source>This is an example address from a guide, not your wallet&apos;s: payouts sent to it would be lost. Copy the address from your own wallet app.</source>
        <translation>Это адрес-пример из инструкции, а не адрес вашего кошелька: выплаты на него будут потеряны. Скопируйте адрес из своего приложения-кошелька.</translation>
    </message>
    <message>
        <source>An address starts with 0x followed by 40 characters 0–9 and a–f.</source>
        <translation>Адрес начинается с 0x, за которым идут 40 символов 0–9 и a–f.</translation>
    </message>
    <message>
        <source>The capital letters do not match the address&apos;s checksum: there is probably a typo. Copy the address again from your wallet.</source>
        <translation>Заглавные буквы не сходятся с контрольной суммой адреса: вероятно, в нём опечатка. Скопируйте адрес из кошелька ещё раз.</translation>
    </message>
</context>
<context>
    <name>FileWalletStore</name>
    <message>
        <source>the password-protected file %1</source>
        <translation>защищённом паролем файле %1</translation>
    </message>
    <message>
        <source>The wallet file needs a password.</source>
        <translation>Для файла кошелька нужен пароль.</translation>
    </message>
    <message>
        <source>There is a wallet file already: %1. It is never replaced.</source>
        <translation>Файл кошелька уже есть: %1. Он никогда не заменяется.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>Cannot write the wallet file in %1: %2.</source>
        <translation>Не удаётся записать файл кошелька в %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write the wallet file %1: %2.</source>
        <translation>Не удаётся записать файл кошелька %1: %2.</translation>
    </message>
    <message>
        <source>There is no wallet file %1.</source>
        <translation>Файла кошелька %1 нет.</translation>
    </message>
    <message>
        <source>Cannot open the wallet file %1: %2.</source>
        <translation>Не удаётся открыть файл кошелька %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 — не обычный файл.</translation>
    </message>
    <message>
        <source>The wallet file %1 may be read by other users of this computer; make it yours alone (chmod 600 %1) and try again.</source>
        <translation>Файл кошелька %1 могут читать другие пользователи этого компьютера; сделайте его доступным только себе (chmod 600 %1) и попробуйте снова.</translation>
    </message>
    <message>
        <source>Cannot read the wallet file %1: %2.</source>
        <translation>Не удаётся прочитать файл кошелька %1: %2.</translation>
    </message>
    <message>
        <source>Wrong password for the wallet file.</source>
        <translation>Неверный пароль файла кошелька.</translation>
    </message>
    <message>
        <source>The wallet file %1 cannot be read: %2</source>
        <translation>Не удаётся прочитать файл кошелька %1: %2</translation>
    </message>
</context>
<context>
    <name>HdKey</name>
    <message>
        <source>A wallet seed is 16 to 64 bytes.</source>
        <translation>Seed кошелька — от 16 до 64 байт.</translation>
    </message>
    <message>
        <source>The key could not be derived (OpenSSL failed).</source>
        <translation>Не удалось вывести ключ (ошибка OpenSSL).</translation>
    </message>
    <message>
        <source>This seed gives no valid master key; use another one.</source>
        <translation>Из этого seed не получается действительный главный ключ; используйте другой.</translation>
    </message>
    <message>
        <source>A key path has at most %1 levels.</source>
        <translation>Наибольшее число уровней в пути ключа: %1.</translation>
    </message>
    <message>
        <source>The key could not be derived (secp256k1 failed).</source>
        <translation>Не удалось вывести ключ (ошибка secp256k1).</translation>
    </message>
    <message>
        <source>Key index %1 is invalid for this key (a 1 in 2^127 case); use the next one.</source>
        <translation>Индекс ключа %1 недопустим для этого ключа (случай 1 из 2^127); используйте следующий.</translation>
    </message>
    <message>
        <source>A key path starts with &quot;m&quot;, as in %1.</source>
        <translation>Путь ключа начинается с «m», как в %1.</translation>
    </message>
    <message>
        <source>Level %1 of the key path, &quot;%2&quot;, is not a number from 0 to 2147483647 (followed by &apos; for a hardened level).</source>
        <translation>Уровень %1 пути ключа, «%2», не является числом от 0 до 2147483647 (с &apos; в конце для усиленного уровня).</translation>
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
        <translation>Нужно ваше решение об учётной записи этого компьютера в сети</translation>
    </message>
    <message>
        <source>If you saved a copy of the key, put it back to keep everything. Or start as a new device: it starts with no tasks and no credit, and what belongs to the old identity is lost.</source>
        <translation>Если вы сохранили копию ключа, верните её — и всё останется на месте. Или начните как новое устройство: у него не будет ни задач, ни начислений, а всё, что относится к прежней учётной записи, будет потеряно.</translation>
    </message>
    <message>
        <source>Put a saved copy back…</source>
        <translation>Вернуть сохранённую копию…</translation>
    </message>
    <message>
        <source>Start as a new device</source>
        <translation>Начать как новое устройство</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>The saved copy of the device key</source>
        <translation>Сохранённая копия ключа устройства</translation>
    </message>
    <message>
        <source>Device key (*.pem);;All files (*)</source>
        <translation>Ключ устройства (*.pem);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>KeychainWalletStore</name>
    <message numerus="yes">
        <source>The system keychain did not answer within %n seconds.</source>
        <translation>
            <numerusform>Системная связка ключей не ответила за %n секунду.</numerusform>
            <numerusform>Системная связка ключей не ответила за %n секунды.</numerusform>
            <numerusform>Системная связка ключей не ответила за %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>No system keychain (such as GNOME Keyring or KWallet) is running.</source>
        <translation>Системная связка ключей (например, GNOME Keyring или KWallet) не запущена.</translation>
    </message>
    <message>
        <source>No system keychain (such as GNOME Keyring or KWallet) is running (%1).</source>
        <translation>Системная связка ключей (например, GNOME Keyring или KWallet) не запущена (%1).</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>системной связке ключей</translation>
    </message>
    <message>
        <source>The system keychain holds a wallet for this data folder already.</source>
        <translation>В системной связке ключей уже есть кошелёк для этой папки данных.</translation>
    </message>
    <message>
        <source>The system keychain holds no wallet for this data folder.</source>
        <translation>В системной связке ключей нет кошелька для этой папки данных.</translation>
    </message>
    <message>
        <source>The wallet key in the system keychain is damaged.</source>
        <translation>Ключ кошелька в системной связке ключей повреждён.</translation>
    </message>
    <message>
        <source>The system keychain holds no such entry.</source>
        <translation>В системной связке ключей нет такой записи.</translation>
    </message>
</context>
<context>
    <name>Keystore</name>
    <message>
        <source>These scrypt settings are out of range.</source>
        <translation>Эти параметры scrypt выходят за допустимые пределы.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>Системный генератор случайных чисел дал сбой.</translation>
    </message>
    <message>
        <source>The key could not be encrypted (OpenSSL failed).</source>
        <translation>Не удалось зашифровать ключ (ошибка OpenSSL).</translation>
    </message>
    <message>
        <source>This is not a keystore file (it is far too large).</source>
        <translation>Это не файл keystore (он слишком большой).</translation>
    </message>
    <message>
        <source>This is not a keystore file (it is not JSON).</source>
        <translation>Это не файл keystore (это не JSON).</translation>
    </message>
    <message>
        <source>Only version 3 keystore files can be read.</source>
        <translation>Можно прочитать только файлы keystore версии 3.</translation>
    </message>
    <message>
        <source>The keystore file has no &quot;crypto&quot; section.</source>
        <translation>В файле keystore нет раздела «crypto».</translation>
    </message>
    <message>
        <source>The keystore file uses the cipher &quot;%1&quot;; only aes-128-ctr is supported.</source>
        <translation>Файл keystore использует шифр «%1»; поддерживается только aes-128-ctr.</translation>
    </message>
    <message>
        <source>The keystore file is damaged (its iv, ciphertext or mac is missing or not hex of the right length).</source>
        <translation>Файл keystore повреждён (iv, ciphertext или mac отсутствует либо не является hex-строкой нужной длины).</translation>
    </message>
    <message>
        <source>The keystore file does not hold an Ethereum private key.</source>
        <translation>В файле keystore нет закрытого ключа Ethereum.</translation>
    </message>
    <message>
        <source>The keystore file uses the key derivation &quot;%1&quot;; only scrypt and pbkdf2 are supported.</source>
        <translation>Файл keystore использует вывод ключа «%1»; поддерживаются только scrypt и pbkdf2.</translation>
    </message>
    <message>
        <source>The keystore file is damaged (its salt or dklen is missing or wrong).</source>
        <translation>Файл keystore повреждён (salt или dklen отсутствует либо неверен).</translation>
    </message>
    <message>
        <source>The keystore file is damaged (scrypt needs n, a power of two, and r and p).</source>
        <translation>Файл keystore повреждён (для scrypt нужны n — степень двойки, а также r и p).</translation>
    </message>
    <message>
        <source>The keystore file asks for more work than allowed to unlock it (scrypt n=%1 r=%2 p=%3; at most n=%4 and 1 GiB of memory).</source>
        <translation>Для разблокировки файл keystore требует больше работы, чем допустимо (scrypt n=%1 r=%2 p=%3; не более n=%4 и 1 GiB памяти).</translation>
    </message>
    <message>
        <source>The key could not be derived (OpenSSL failed).</source>
        <translation>Не удалось вывести ключ (ошибка OpenSSL).</translation>
    </message>
    <message>
        <source>The keystore file uses pbkdf2 with &quot;%1&quot;; only hmac-sha256 is supported.</source>
        <translation>Файл keystore использует pbkdf2 с «%1»; поддерживается только hmac-sha256.</translation>
    </message>
    <message>
        <source>The keystore file is damaged (pbkdf2 needs c).</source>
        <translation>Файл keystore повреждён (для pbkdf2 нужен c).</translation>
    </message>
    <message>
        <source>The keystore file asks for more work than allowed to unlock it (pbkdf2 c=%1; at most %2).</source>
        <translation>Для разблокировки файл keystore требует больше работы, чем допустимо (pbkdf2 c=%1; не более %2).</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Неверный пароль.</translation>
    </message>
    <message>
        <source>The key could not be decrypted (OpenSSL failed).</source>
        <translation>Не удалось расшифровать ключ (ошибка OpenSSL).</translation>
    </message>
    <message>
        <source>The keystore file does not hold a valid Ethereum private key.</source>
        <translation>В файле keystore нет действительного закрытого ключа Ethereum.</translation>
    </message>
    <message>
        <source>The keystore file names the address %1 but holds the key of %2: it has been altered.</source>
        <translation>В файле keystore указан адрес %1, но хранится ключ от %2: файл был изменён.</translation>
    </message>
</context>
<context>
    <name>Mnemonic</name>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>Системный генератор случайных чисел дал сбой.</translation>
    </message>
    <message>
        <source>The built-in word list is damaged.</source>
        <translation>Встроенный список слов повреждён.</translation>
    </message>
    <message numerus="yes">
        <source>A recovery phrase has 12, 15, 18, 21 or 24 words; this one has %n words.</source>
        <translation>
            <numerusform>Фраза восстановления состоит из 12, 15, 18, 21 или 24 слов; в этой — %n слово.</numerusform>
            <numerusform>Фраза восстановления состоит из 12, 15, 18, 21 или 24 слов; в этой — %n слова.</numerusform>
            <numerusform>Фраза восстановления состоит из 12, 15, 18, 21 или 24 слов; в этой — %n слов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Word %1 has a character that no English recovery word has (only the letters a to z are used).</source>
        <translation>В слове %1 есть символ, которого нет ни в одном английском слове восстановления (используются только буквы от a до z).</translation>
    </message>
    <message>
        <source>Word %1, &quot;%2&quot;, is not one of the 2048 English recovery words. Check its spelling.</source>
        <translation>Слово %1, «%2», не входит в список из 2048 английских слов восстановления. Проверьте написание.</translation>
    </message>
    <message>
        <source>Every word is a recovery word, but together they do not check out: a word is probably wrong or in the wrong place.</source>
        <translation>Каждое слово есть в списке, но вместе они не сходятся: вероятно, одно слово неверное или стоит не на своём месте.</translation>
    </message>
    <message>
        <source>The passphrase may only use plain ASCII characters (letters a to z, digits, punctuation).</source>
        <translation>В парольной фразе можно использовать только простые символы ASCII (буквы от a до z, цифры, знаки препинания).</translation>
    </message>
    <message>
        <source>The recovery phrase could not be turned into a key (OpenSSL failed).</source>
        <translation>Не удалось получить ключ из фразы восстановления (ошибка OpenSSL).</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>Running %1 % of the time, as set in Settings (CPU share)</source>
        <translation>Работает %1 % времени, как задано в настройках (доля CPU)</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Работает</translation>
    </message>
    <message>
        <source>Running at %1 % while you use the computer</source>
        <translation>Работает на %1 %, пока вы пользуетесь компьютером</translation>
    </message>
    <message>
        <source>Paused by you until you resume</source>
        <translation>На паузе, пока вы не продолжите</translation>
    </message>
    <message>
        <source>Paused by you until %1</source>
        <translation>Вы поставили на паузу до %1</translation>
    </message>
    <message>
        <source>Suspended: running on battery</source>
        <translation>Приостановлено: работа от батареи</translation>
    </message>
    <message>
        <source>Suspended: battery at %1 %, below %2 %</source>
        <translation>Приостановлено: заряд батареи %1 %, ниже %2 %</translation>
    </message>
    <message>
        <source>Suspended: outside the hours you allowed</source>
        <translation>Приостановлено: вне разрешённых вами часов</translation>
    </message>
    <message>
        <source>Suspended: %1 is running</source>
        <translation>Приостановлено: работает %1</translation>
    </message>
    <message numerus="yes">
        <source>Waiting until the computer has been idle for %n minutes</source>
        <translation>
            <numerusform>Ждёт, пока компьютер простоит без дела %n минуту</numerusform>
            <numerusform>Ждёт, пока компьютер простоит без дела %n минуты</numerusform>
            <numerusform>Ждёт, пока компьютер простоит без дела %n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting: this computer does not say when you are away from it. To run anyway, choose to run always in Settings, under “When to run”.</source>
        <translation>Ждёт: этот компьютер не сообщает, когда вы от него отходите. Чтобы работать в любом случае, выберите в настройках, в разделе «Когда работать», один из вариантов «Всегда».</translation>
    </message>
    <message>
        <source>Suspended: other programs use %1 % of the CPU (limit %2 %)</source>
        <translation>Приостановлено: другие программы занимают %1 % CPU (предел %2 %)</translation>
    </message>
    <message>
        <source>Suspended: tasks use more than %1 % of memory</source>
        <translation>Приостановлено: задачи занимают больше %1 % памяти</translation>
    </message>
    <message>
        <source>Suspended: only %1 free on the disk holding %2; tasks pause while less than %3 is free (Settings). Free some space and they resume.</source>
        <translation>Приостановлено: на диске с %2 свободно всего %1; задачи стоят на паузе, пока свободно меньше %3 (настройки). Освободите место, и они продолжатся.</translation>
    </message>
</context>
<context>
    <name>Secp256k1Key</name>
    <message>
        <source>A private key is 32 bytes.</source>
        <translation>Закрытый ключ занимает 32 байта.</translation>
    </message>
    <message>
        <source>Cannot set up secp256k1 (out of memory or no random numbers).</source>
        <translation>Не удаётся подготовить secp256k1 (не хватает памяти или нет случайных чисел).</translation>
    </message>
    <message>
        <source>Not a valid secp256k1 private key (zero, or not below the curve order).</source>
        <translation>Недействительный закрытый ключ secp256k1 (ноль или не меньше порядка кривой).</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>Системный генератор случайных чисел дал сбой.</translation>
    </message>
    <message>
        <source>Cannot open the key file %1: %2.</source>
        <translation>Не удаётся открыть файл ключа %1: %2.</translation>
    </message>
    <message>
        <source>The key file %1 is not a regular file.</source>
        <translation>Файл ключа %1 — не обычный файл.</translation>
    </message>
    <message>
        <source>The key file %1 can be read by other users (mode %2); allow only its owner with: chmod 600 %1</source>
        <translation>Файл ключа %1 могут читать другие пользователи (режим %2); оставьте доступ только владельцу командой: chmod 600 %1</translation>
    </message>
    <message>
        <source>Cannot read the key file %1.</source>
        <translation>Не удаётся прочитать файл ключа %1.</translation>
    </message>
    <message>
        <source>The key file %1 must hold exactly 64 hexadecimal digits (0-9, a-f) and a newline.</source>
        <translation>Файл ключа %1 должен содержать ровно 64 шестнадцатеричные цифры (0-9, a-f) и перевод строки.</translation>
    </message>
    <message>
        <source>The key file %1 does not hold a usable key: %2</source>
        <translation>В файле ключа %1 нет пригодного ключа: %2</translation>
    </message>
    <message>
        <source>The key file %1 already exists; it is left as it is.</source>
        <translation>Файл ключа %1 уже существует; он остаётся как есть.</translation>
    </message>
    <message>
        <source>Cannot create the key file %1: %2.</source>
        <translation>Не удаётся создать файл ключа %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write the key file %1 (disk full?).</source>
        <translation>Не удаётся записать файл ключа %1 (диск заполнен?).</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Run tasks even while you use the computer (at idle priority).</source>
        <translation>Выполнять задачи, даже пока вы пользуетесь компьютером (с самым низким приоритетом).</translation>
    </message>
    <message>
        <source>Minutes without keyboard or mouse input before tasks start.</source>
        <translation>Минут без ввода с клавиатуры или мыши до запуска задач.</translation>
    </message>
    <message>
        <source>While you use the computer: suspend CPU tasks, or keep them at a reduced share.</source>
        <translation>Пока вы пользуетесь компьютером: приостанавливать задачи CPU (suspend) или оставлять им уменьшенную долю (reduced).</translation>
    </message>
    <message>
        <source>CPU time share (%) for tasks while you use the computer, with &apos;reduced&apos;.</source>
        <translation>Доля времени CPU (%) для задач, пока вы пользуетесь компьютером, при &apos;reduced&apos;.</translation>
    </message>
    <message>
        <source>Keep GPU tasks running while you use the computer.</source>
        <translation>Не останавливать задачи GPU, пока вы пользуетесь компьютером.</translation>
    </message>
    <message>
        <source>CPU time share (%) each task may use while it runs.</source>
        <translation>Доля времени CPU (%), которую может занимать каждая работающая задача.</translation>
    </message>
    <message>
        <source>Share (%) of the processor&apos;s cores tasks may use.</source>
        <translation>Доля (%) ядер процессора, которую могут использовать задачи.</translation>
    </message>
    <message>
        <source>Memory (% of RAM) tasks may use while you use the computer.</source>
        <translation>Память (% от RAM), которую задачи могут занимать, пока вы пользуетесь компьютером.</translation>
    </message>
    <message>
        <source>Memory (% of RAM) tasks may use while the computer is idle.</source>
        <translation>Память (% от RAM), которую задачи могут занимать, пока компьютер простаивает.</translation>
    </message>
    <message>
        <source>Tasks pause while the disk holding SpareCycles&apos; folder has less than this much space free (GB).</source>
        <translation>Задачи встают на паузу, пока на диске с папкой SpareCycles свободно меньше этого объёма (GB).</translation>
    </message>
    <message>
        <source>Disk space (GB) tasks may use at most, all together.</source>
        <translation>Наибольший объём диска (GB), который могут занимать все задачи вместе.</translation>
    </message>
    <message>
        <source>Where this computer cannot shut tasks in a sandbox, run them anyway. They can then read your files. Not recommended.</source>
        <translation>Если этот компьютер не может запереть задачи в песочнице, всё равно выполнять их. Тогда они смогут читать ваши файлы. Не рекомендуется.</translation>
    </message>
    <message>
        <source>Suspend when other programs use more than this % of the CPU (0 = never).</source>
        <translation>Приостанавливать, когда другие программы занимают больше этого % CPU (0 = никогда).</translation>
    </message>
    <message>
        <source>Seconds other programs&apos; load must last before tasks are suspended.</source>
        <translation>Сколько секунд должна длиться нагрузка от других программ, прежде чем задачи будут приостановлены.</translation>
    </message>
    <message>
        <source>Once suspended for other programs&apos; load, stay suspended at least this long.</source>
        <translation>После приостановки из-за нагрузки других программ не продолжать хотя бы столько времени.</translation>
    </message>
    <message>
        <source>Pause while any of these programs runs (comma-separated names, e.g. a game).</source>
        <translation>Ставить на паузу, пока работает любая из этих программ (имена через запятую, например игра).</translation>
    </message>
    <message>
        <source>On battery: suspend, run only above battery_min_percent, or run.</source>
        <translation>От батареи: приостанавливать (suspend), работать только выше battery_min_percent (below) или работать (run).</translation>
    </message>
    <message>
        <source>With on_battery=below: run on battery only above this charge (%).</source>
        <translation>При on_battery=below: от батареи работать, только пока заряд выше этого (%).</translation>
    </message>
    <message>
        <source>When tasks may run: &apos;always&apos;, or days and hours like &apos;mon-fri 18-8, sat-sun 0-24&apos;.</source>
        <translation>Когда задачам можно работать: &apos;always&apos; или дни и часы вида &apos;mon-fri 18-8, sat-sun 0-24&apos;.</translation>
    </message>
    <message>
        <source>CPU temperature (°C) to hold; tasks slow down before it and stop above it.</source>
        <translation>Предел температуры CPU (°C): ближе к нему задачи замедляются, выше — останавливаются.</translation>
    </message>
    <message>
        <source>GPU temperature (°C) to hold.</source>
        <translation>Предел температуры GPU (°C).</translation>
    </message>
    <message>
        <source>Notify me when the network has been unreachable for half an hour.</source>
        <translation>Сообщать, когда сеть недоступна полчаса.</translation>
    </message>
    <message>
        <source>Notify me when a task fails again and again.</source>
        <translation>Сообщать, когда задача раз за разом завершается с ошибкой.</translation>
    </message>
    <message>
        <source>Notify me when tasks stop because the processor got too hot.</source>
        <translation>Сообщать, когда задачи останавливаются из-за перегрева процессора.</translation>
    </message>
    <message>
        <source>Notify me when a payout arrives.</source>
        <translation>Сообщать, когда приходит выплата.</translation>
    </message>
    <message>
        <source>Network: &apos;local&apos; for the demo network on this computer, or a hub address such as https://hub.example.org. The app moves to it at once; tasks of the old network are dropped.</source>
        <translation>Сеть: &apos;local&apos; — демо-сеть на этом компьютере, или адрес хаба, например https://hub.example.org. Приложение сразу переходит в неё; задачи прежней сети отбрасываются.</translation>
    </message>
    <message>
        <source>EVM address (0x…) that receives payouts; empty = decide later.</source>
        <translation>Адрес EVM (0x…), на который приходят выплаты; пусто = решить позже.</translation>
    </message>
    <message>
        <source>Address of a blockchain node to read your wallet balance from, such as https://rpc.example.org; empty = the one your network suggests.</source>
        <translation>Адрес узла блокчейна, с которого читается баланс вашего кошелька, например https://rpc.example.org; пусто = тот, что предлагает ваша сеть.</translation>
    </message>
    <message>
        <source>Language of the app: system, en, de, fr, es, pt_BR, ru, ja or zh_CN.</source>
        <translation>Язык приложения: system, en, de, fr, es, pt_BR, ru, ja или zh_CN.</translation>
    </message>
    <message>
        <source>Colour of the panel the tray icon sits on, so the icon stays visible: auto (GNOME&apos;s top bar is dark; elsewhere the app&apos;s colours), light or dark.</source>
        <translation>Цвет панели со значком в трее, чтобы значок оставался заметным: auto (верхняя панель GNOME тёмная, в других средах — цвета приложения), light (светлая) или dark (тёмная).</translation>
    </message>
    <message>
        <source>Start SpareCycles in the tray when you log in.</source>
        <translation>Запускать SpareCycles в трее при входе в систему.</translation>
    </message>
    <message>
        <source>Paused by you until this time (Unix seconds); 0 = not paused.</source>
        <translation>На паузе по вашему выбору до этого момента (секунды Unix); 0 = не на паузе.</translation>
    </message>
    <message>
        <source>&apos;Run now&apos;: ignore idle time until this time (Unix seconds).</source>
        <translation>«Работать сейчас»: не ждать простоя до этого момента (секунды Unix).</translation>
    </message>
    <message>
        <source>Let tasks use the graphics card, where it can run them.</source>
        <translation>Разрешить задачам использовать видеокарту, если она может их выполнять.</translation>
    </message>
</context>
<context>
    <name>StatePresenter</name>
    <message>
        <source>Starting</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Работает</translation>
    </message>
    <message>
        <source>Running slower</source>
        <translation>Работает медленнее</translation>
    </message>
    <message>
        <source>Waiting for work</source>
        <translation>Ждёт задач</translation>
    </message>
    <message>
        <source>Waiting until you are away</source>
        <translation>Ждёт, пока вы отойдёте</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <source>Paused by you</source>
        <translation>Вы поставили на паузу</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <source>Stopped by an error</source>
        <translation>Остановлено из-за ошибки</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Останавливается</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Остановлено</translation>
    </message>
    <message>
        <source>Waiting for other programs</source>
        <translation>Уступает другим программам</translation>
    </message>
</context>
<context>
    <name>StatusFile</name>
    <message>
        <source>%1 does not exist; no engine has used it yet.</source>
        <translation>%1 не существует: им ещё не пользовался ни один движок.</translation>
    </message>
</context>
<context>
    <name>TaskDescription</name>
    <message>
        <source>Counting primes from %1 to %2</source>
        <translation>Подсчёт простых чисел от %1 до %2</translation>
    </message>
    <message>
        <source>Counting primes in %1–%2 × 10%3</source>
        <translation>Подсчёт простых чисел в %1–%2 × 10%3</translation>
    </message>
    <message>
        <source>Computing a task for %1</source>
        <translation>Вычисление задачи для %1</translation>
    </message>
    <message>
        <source>the demo network</source>
        <translation>демо-сети</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>осталось меньше минуты</translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>осталось около %n мин</numerusform>
            <numerusform>осталось около %n мин</numerusform>
            <numerusform>осталось около %n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hours left</source>
        <translation>
            <numerusform>осталось около %n часа</numerusform>
            <numerusform>осталось около %n часов</numerusform>
            <numerusform>осталось около %n часов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Uint256</name>
    <message>
        <source>An amount is written with the digits 0–9 and at most one decimal point, like 12 or 1.5.</source>
        <translation>Сумма записывается цифрами 0–9 и не более чем одной десятичной точкой, например 12 или 1.5.</translation>
    </message>
    <message>
        <source>This token has %1 decimal places; the amount has more.</source>
        <translation>Знаков после запятой у этого токена: %1; в сумме их больше.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Сумма слишком большая.</translation>
    </message>
</context>
<context>
    <name>WalletKeeper</name>
    <message>
        <source>%1 Nothing was saved. Close this window and open it again: if the keychain still does not answer, the wallet is kept in a password-protected file instead.</source>
        <translation>%1 Ничего не сохранено. Закройте это окно и откройте его снова: если связка ключей так и не ответит, кошелёк будет храниться в защищённом паролем файле.</translation>
    </message>
    <message>
        <source>%1 Nothing was saved. Check that the disk is not full and try again.</source>
        <translation>%1 Ничего не сохранено. Проверьте, не заполнен ли диск, и попробуйте снова.</translation>
    </message>
    <message>
        <source>%1 Nothing was saved.</source>
        <translation>%1 Ничего не сохранено.</translation>
    </message>
    <message>
        <source>The password is shorter than %1 characters. Choose a longer one.</source>
        <translation>Пароль короче %1 символов. Выберите пароль подлиннее.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the same password in both fields.</source>
        <translation>Пароли не совпадают. Введите один и тот же пароль в оба поля.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Choose the wallet file first.</source>
        <translation>Сначала выберите файл кошелька.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Choose another file.</source>
        <translation>Не удаётся прочитать %1: %2. Выберите другой файл.</translation>
    </message>
    <message>
        <source>Unlocking the wallet file… (a few seconds)</source>
        <translation>Открываем файл кошелька… (несколько секунд)</translation>
    </message>
    <message>
        <source>That is not the password of this file. Type it again; capital letters count.</source>
        <translation>Это не пароль от этого файла. Введите его снова; заглавные и строчные буквы различаются.</translation>
    </message>
    <message>
        <source>This file cannot be used: %1 Choose the wallet file itself (it usually ends in .json).</source>
        <translation>Этот файл не подходит: %1 Выберите сам файл кошелька (обычно его имя заканчивается на .json).</translation>
    </message>
    <message>
        <source>The wallet&apos;s key could not be made (%1). Nothing was saved.</source>
        <translation>Не удалось создать ключ кошелька (%1). Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Locking the wallet file with your password… (a few seconds)</source>
        <translation>Защищаем файл кошелька вашим паролем… (несколько секунд)</translation>
    </message>
    <message>
        <source>Saving the wallet in the system keychain…</source>
        <translation>Сохраняем кошелёк в системной связке ключей…</translation>
    </message>
    <message>
        <source>The wallet was saved, but the payout address could not be set: %1</source>
        <translation>Кошелёк сохранён, но задать адрес для выплат не удалось: %1</translation>
    </message>
    <message>
        <source>Choose where to save the copy first.</source>
        <translation>Сначала выберите, куда сохранить копию.</translation>
    </message>
    <message>
        <source>%1 exists already. Choose another file name: an existing file is never replaced.</source>
        <translation>%1 уже существует. Выберите другое имя файла: существующий файл никогда не заменяется.</translation>
    </message>
    <message>
        <source>Type your wallet&apos;s password.</source>
        <translation>Введите пароль вашего кошелька.</translation>
    </message>
    <message>
        <source>Unlocking your wallet file… (a few seconds)</source>
        <translation>Открываем ваш файл кошелька… (несколько секунд)</translation>
    </message>
    <message>
        <source>Asking the system keychain…</source>
        <translation>Обращаемся к системной связке ключей…</translation>
    </message>
    <message>
        <source>That is not your wallet&apos;s password. Type it again; capital letters count.</source>
        <translation>Это не пароль вашего кошелька. Введите его снова; заглавные и строчные буквы различаются.</translation>
    </message>
    <message>
        <source>Locking the copy with the password… (a few seconds)</source>
        <translation>Защищаем копию паролем… (несколько секунд)</translation>
    </message>
    <message>
        <source>Cannot save %1: %2. Choose another folder, or check that the disk is not full.</source>
        <translation>Не удаётся сохранить %1: %2. Выберите другую папку или проверьте, не заполнен ли диск.</translation>
    </message>
</context>
<context>
    <name>WalletStoreChooser</name>
    <message>
        <source>Your wallet is in %1.</source>
        <translation>Ваш кошелёк хранится в %1.</translation>
    </message>
    <message>
        <source>No system keychain is available.</source>
        <translation>Системная связка ключей недоступна.</translation>
    </message>
    <message>
        <source>%1 The wallet is kept in %2 instead.</source>
        <translation>%1 Поэтому кошелёк хранится в %2.</translation>
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
        <translation>Не удаётся создать папку данных %1.</translation>
    </message>
    <message>
        <source>SpareCycles could not move to the network %1: %2

It stays on the network it used before.</source>
        <translation>SpareCycles не удалось перейти в сеть %1: %2

Приложение остаётся в прежней сети.</translation>
    </message>
    <message>
        <source>Lends this computer&apos;s idle time to a compute network.</source>
        <translation>Отдаёт время простоя этого компьютера вычислительной сети.</translation>
    </message>
    <message>
        <source>Start a demo hub on this computer and use it.</source>
        <translation>Запустить демо-хаб на этом компьютере и использовать его.</translation>
    </message>
    <message>
        <source>Hub URL, e.g. https://hub.example.org.</source>
        <translation>URL хаба, например https://hub.example.org.</translation>
    </message>
    <message>
        <source>Folder for all state (default %1).</source>
        <translation>Папка для всех данных (по умолчанию %1).</translation>
    </message>
    <message>
        <source>Start in the tray without opening the dashboard.</source>
        <translation>Запуститься в трее, не открывая главное окно.</translation>
    </message>
    <message>
        <source>Skip the first-run wizard and use the defaults (demo network, run when idle).</source>
        <translation>Пропустить мастер первого запуска и взять настройки по умолчанию (демо-сеть, работа при простое).</translation>
    </message>
    <message>
        <source>use either --local or --hub URL, not both</source>
        <translation>используйте либо --local, либо --hub URL, но не оба сразу</translation>
    </message>
    <message>
        <source>The demo network could not start: %1</source>
        <translation>Не удалось запустить демо-сеть: %1</translation>
    </message>
    <message>
        <source>The demo network&apos;s own blockchain could not start, so it pays nothing until it does: %1</source>
        <translation>Не удалось запустить собственный блокчейн демо-сети, поэтому она ничего не выплачивает, пока он не заработает: %1</translation>
    </message>
    <message>
        <source>Moving to %1…</source>
        <translation>Переход в %1…</translation>
    </message>
</context>
<context>
    <name>sc::chain::ChainClient</name>
    <message>
        <source>The chain&apos;s answer to %1 was larger than this app accepts.</source>
        <translation>Ответ блокчейна на %1 оказался больше, чем принимает это приложение.</translation>
    </message>
    <message>
        <source>The chain&apos;s address answered HTTP %1, not JSON-RPC.</source>
        <translation>Адрес блокчейна ответил HTTP %1, а не JSON-RPC.</translation>
    </message>
    <message>
        <source>The chain&apos;s answer to %1 is not a JSON object.</source>
        <translation>Ответ блокчейна на %1 — не объект JSON.</translation>
    </message>
    <message>
        <source>The chain&apos;s answer to %1 does not match the request.</source>
        <translation>Ответ блокчейна на %1 не соответствует запросу.</translation>
    </message>
    <message>
        <source>The chain refused %1.</source>
        <translation>Блокчейн отклонил %1.</translation>
    </message>
    <message>
        <source>The chain&apos;s answer to %1 has no result.</source>
        <translation>В ответе блокчейна на %1 нет результата.</translation>
    </message>
    <message>
        <source>The chain sent a malformed chain id.</source>
        <translation>Блокчейн прислал некорректный chain id.</translation>
    </message>
    <message>
        <source>The chain sent a malformed block number.</source>
        <translation>Блокчейн прислал некорректный номер блока.</translation>
    </message>
    <message>
        <source>The chain sent malformed call data.</source>
        <translation>Блокчейн прислал некорректные данные вызова.</translation>
    </message>
    <message>
        <source>The chain sent a malformed balance.</source>
        <translation>Блокчейн прислал некорректный баланс.</translation>
    </message>
    <message>
        <source>The chain sent a malformed transaction count.</source>
        <translation>Блокчейн прислал некорректное число транзакций.</translation>
    </message>
    <message>
        <source>The chain sent an implausible gas estimate.</source>
        <translation>Блокчейн прислал неправдоподобную оценку газа.</translation>
    </message>
    <message>
        <source>The chain sent a malformed priority fee.</source>
        <translation>Блокчейн прислал некорректную комиссию за приоритет.</translation>
    </message>
    <message>
        <source>The chain sent a malformed fee history.</source>
        <translation>Блокчейн прислал некорректную историю комиссий.</translation>
    </message>
    <message>
        <source>The chain sent a malformed transaction hash.</source>
        <translation>Блокчейн прислал некорректный хеш транзакции.</translation>
    </message>
    <message>
        <source>The chain sent a malformed receipt.</source>
        <translation>Блокчейн прислал некорректную квитанцию.</translation>
    </message>
    <message>
        <source>The chain sent a malformed list of logs.</source>
        <translation>Блокчейн прислал некорректный список журналов событий.</translation>
    </message>
    <message>
        <source>The chain sent a malformed log entry.</source>
        <translation>Блокчейн прислал некорректную запись журнала событий.</translation>
    </message>
</context>
<context>
    <name>sc::core::CreditFeed</name>
    <message>
        <source>Payout: %1 sent to your address</source>
        <translation>Выплата: %1 отправлено на ваш адрес</translation>
    </message>
    <message>
        <source>Payout: %1 reached your address</source>
        <translation>Выплата: %1 пришло на ваш адрес</translation>
    </message>
    <message>
        <source>The hub sent a malformed credit entry; ignoring this page and asking again later.</source>
        <translation>Хаб прислал некорректную запись о начислении; эта страница пропущена, запросим позже снова.</translation>
    </message>
    <message>
        <source>The hub sent a credit cursor that goes backwards; ignoring it.</source>
        <translation>Хаб прислал курсор начислений, идущий назад; он пропущен.</translation>
    </message>
    <message>
        <source>Could not store credits in the ledger; will ask again.</source>
        <translation>Не удалось сохранить начисления в журнал; запросим снова.</translation>
    </message>
    <message>
        <source>Task credited: %1</source>
        <translation>Начислено за задачу: %1</translation>
    </message>
    <message>
        <source>The network judged a task&apos;s result wrong; it earns no credit</source>
        <translation>Сеть признала результат задачи неверным; за неё ничего не начислено</translation>
    </message>
    <message>
        <source>If this happens often, check this computer&apos;s memory and cooling.</source>
        <translation>Если это случается часто, проверьте память и охлаждение этого компьютера.</translation>
    </message>
</context>
<context>
    <name>sc::core::CurlHttpClient</name>
    <message>
        <source>The address is not a valid http(s) URL (%1)</source>
        <translation>Адрес — не действительный URL http(s) (%1)</translation>
    </message>
    <message>
        <source>Could not find the host %1</source>
        <translation>Не удалось найти узел %1</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Не удалось подключиться к %1: %2</translation>
    </message>
    <message>
        <source>The reply from %1 was still arriving after %2 s (%3 bytes so far): the connection or the server is too slow</source>
        <translation>Ответ от %1 всё ещё шёл через %2 s (получено %3 байт): соединение или сервер слишком медленные</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 не ответил за %2 s</translation>
    </message>
    <message>
        <source>The secure connection to %1 was not set up within %2 s</source>
        <translation>Не удалось установить защищённое соединение с %1 за %2 s</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 s</source>
        <translation>Не удалось подключиться к %1 за %2 s</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1)</source>
        <translation>Сертификату сервера нет доверия (%1)</translation>
    </message>
    <message>
        <source>Could not set up a secure connection to %1 (%2)</source>
        <translation>Не удалось установить защищённое соединение с %1 (%2)</translation>
    </message>
    <message>
        <source>The request to %1 failed (%2)</source>
        <translation>Запрос к %1 не удался (%2)</translation>
    </message>
    <message>
        <source>The reply from %1 is larger than the limit of %2 bytes</source>
        <translation>Ответ от %1 превышает предел в %2 байт</translation>
    </message>
    <message>
        <source>The address is not a valid http(s) URL</source>
        <translation>Адрес — не действительный URL http(s)</translation>
    </message>
    <message>
        <source>The request has an invalid header</source>
        <translation>В запросе недопустимый заголовок</translation>
    </message>
    <message>
        <source>Could not start the request</source>
        <translation>Не удалось начать запрос</translation>
    </message>
    <message>
        <source>The request was cancelled</source>
        <translation>Запрос отменён</translation>
    </message>
</context>
<context>
    <name>sc::core::Engine</name>
    <message>
        <source>A task resumed from its checkpoint</source>
        <translation>Задача продолжена с контрольной точки</translation>
    </message>
    <message>
        <source>Tasks run in a %1 sandbox: no network, only their own folder writable.</source>
        <translation>Задачи работают в песочнице %1: без интернета, писать можно только в свою папку.</translation>
    </message>
    <message>
        <source>Tasks wait for your permission: this computer cannot shut them in a sandbox (%1).</source>
        <translation>Задачи ждут вашего разрешения: этот компьютер не может запереть их в песочнице (%1).</translation>
    </message>
    <message>
        <source>Install bubblewrap, or allow tasks to run without a sandbox on the Overview.</source>
        <translation>Установите bubblewrap или разрешите на странице «Обзор» выполнять задачи без песочницы.</translation>
    </message>
    <message>
        <source>Tasks run without a sandbox (%1). They still run at idle priority in their own folder.</source>
        <translation>Задачи работают без песочницы (%1). Они по-прежнему выполняются с самым низким приоритетом в своей папке.</translation>
    </message>
    <message>
        <source>Install bubblewrap to isolate them.</source>
        <translation>Установите bubblewrap, чтобы изолировать их.</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks will resume from their checkpoints.</source>
        <translation>
            <numerusform>%n задача продолжится с контрольной точки.</numerusform>
            <numerusform>%n задачи продолжатся с контрольных точек.</numerusform>
            <numerusform>%n задач продолжатся с контрольных точек.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n results from an earlier run wait to be reported.</source>
        <translation>
            <numerusform>%n результат прошлого запуска ждёт отправки.</numerusform>
            <numerusform>%n результата прошлого запуска ждут отправки.</numerusform>
            <numerusform>%n результатов прошлого запуска ждут отправки.</numerusform>
        </translation>
    </message>
    <message>
        <source>You paused SpareCycles until you resume it</source>
        <translation>Вы поставили SpareCycles на паузу, пока сами не продолжите</translation>
    </message>
    <message>
        <source>You paused SpareCycles until %1</source>
        <translation>Вы поставили SpareCycles на паузу до %1</translation>
    </message>
    <message>
        <source>You resumed SpareCycles</source>
        <translation>Вы продолжили работу SpareCycles</translation>
    </message>
    <message>
        <source>Payout address changed to %1; telling the hub.</source>
        <translation>Адрес для выплат изменён на %1; сообщаем хабу.</translation>
    </message>
    <message>
        <source>Settings changed; applied.</source>
        <translation>Настройки изменены и применены.</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <source>Lost the connection to the network</source>
        <translation>Связь с сетью потеряна</translation>
    </message>
    <message>
        <source>%1. Check this computer&apos;s internet connection; SpareCycles tries again by itself.</source>
        <translation>%1. Проверьте подключение этого компьютера к интернету; SpareCycles сам попробует снова.</translation>
    </message>
    <message>
        <source>Back online</source>
        <translation>Снова на связи</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <source>Tasks suspended: %1</source>
        <translation>Задачи приостановлены: %1</translation>
    </message>
    <message>
        <source>Tasks resumed (they had waited: %1)</source>
        <translation>Задачи продолжены (причина ожидания: %1)</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Остановлено</translation>
    </message>
    <message>
        <source>No engine is running on this data folder.</source>
        <translation>Для этой папки данных не запущен ни один движок.</translation>
    </message>
    <message>
        <source>No engine has run on this data folder yet.</source>
        <translation>Для этой папки данных ещё не запускался ни один движок.</translation>
    </message>
    <message>
        <source>Stopping tasks (they resume from their checkpoints next time)</source>
        <translation>Задачи останавливаются (в следующий раз они продолжатся с контрольных точек)</translation>
    </message>
    <message>
        <source>This computer cannot shut tasks in a sandbox (%1), where they could not read your files: they wait until you allow them to run without one. Installing bubblewrap is safer.</source>
        <translation>Этот компьютер не может запереть задачи в песочнице (%1), где они не смогли бы читать ваши файлы: они ждут, пока вы разрешите работать без неё. Безопаснее установить bubblewrap.</translation>
    </message>
    <message numerus="yes">
        <source>Running %n tasks</source>
        <translation>
            <numerusform>Выполняется %n задача</numerusform>
            <numerusform>Выполняются %n задачи</numerusform>
            <numerusform>Выполняется %n задач</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to the hub at %1</source>
        <translation>Подключение к хабу %1</translation>
    </message>
    <message>
        <source>Preparing tasks</source>
        <translation>Подготовка задач</translation>
    </message>
    <message>
        <source>Waiting for work from the hub</source>
        <translation>Ждёт задач от хаба</translation>
    </message>
    <message>
        <source>GPU tasks run on the processor here: this computer has no graphics card for them.</source>
        <translation>Задачи для видеокарты выполняются здесь на процессоре: у этого компьютера нет подходящей видеокарты.</translation>
    </message>
    <message>
        <source>Tasks can use the graphics card: %1.</source>
        <translation>Задачи могут использовать видеокарту: %1.</translation>
    </message>
</context>
<context>
    <name>sc::core::Executor</name>
    <message>
        <source>it created more than %1 files in its folder</source>
        <translation>она создала в своей папке больше %1 файлов</translation>
    </message>
    <message>
        <source>it wrote more than %1 MB into its folder, the most one task may use</source>
        <translation>она записала в свою папку больше %1 MB — больше, чем может занимать одна задача</translation>
    </message>
    <message>
        <source>it started more processes and threads than the %1 one task may have</source>
        <translation>она запустила больше процессов и потоков, чем разрешено одной задаче (%1)</translation>
    </message>
    <message>
        <source>it tried to write a file larger than %1 MB, the most one file may hold</source>
        <translation>она пыталась записать файл больше %1 MB — больше, чем может вмещать один файл</translation>
    </message>
    <message>
        <source>it made a system call that the sandbox forbids</source>
        <translation>она сделала системный вызов, запрещённый песочницей</translation>
    </message>
</context>
<context>
    <name>sc::core::HardwareWatch</name>
    <message>
        <source>This computer&apos;s hardware changed; sending its new profile to the hub.</source>
        <translation>Оборудование этого компьютера изменилось; отправляем хабу новый профиль.</translation>
    </message>
    <message>
        <source>Measuring this computer&apos;s speed (a few seconds, at idle priority)…</source>
        <translation>Измеряем скорость этого компьютера (несколько секунд, с самым низким приоритетом)…</translation>
    </message>
    <message>
        <source>Speed measured: score %1 (integer %2 Mop/s, floating point %3 Mflop/s, memory %4 GB/s on all cores).</source>
        <translation>Скорость измерена: оценка %1 (целые числа %2 Mop/s, плавающая точка %3 Mflop/s, память %4 GB/s на всех ядрах).</translation>
    </message>
</context>
<context>
    <name>sc::core::HubSession</name>
    <message>
        <source>The hub does not know this device any more; registering again.</source>
        <translation>Хаб больше не знает это устройство; регистрируемся заново.</translation>
    </message>
    <message>
        <source>The hub stopped sending work to this device because it returned wrong answers to known tasks. Check the computer&apos;s stability (memory, overclocking), then contact the network.</source>
        <translation>Хаб перестал отправлять задачи этому устройству, потому что оно дало неверные ответы на известные задачи. Проверьте стабильность компьютера (память, разгон), а затем свяжитесь с сетью.</translation>
    </message>
    <message numerus="yes">
        <source>Cannot reach the hub at %1: %2 Retrying in %n seconds.</source>
        <translation>
            <numerusform>Хаб %1 недоступен: %2 Новая попытка через %n секунду.</numerusform>
            <numerusform>Хаб %1 недоступен: %2 Новая попытка через %n секунды.</numerusform>
            <numerusform>Хаб %1 недоступен: %2 Новая попытка через %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hub at %1 answered with an error (HTTP %2): %3 Retrying in %n seconds.</source>
        <translation>
            <numerusform>Хаб %1 ответил ошибкой (HTTP %2): %3 Новая попытка через %n секунду.</numerusform>
            <numerusform>Хаб %1 ответил ошибкой (HTTP %2): %3 Новая попытка через %n секунды.</numerusform>
            <numerusform>Хаб %1 ответил ошибкой (HTTP %2): %3 Новая попытка через %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reply from the hub at %1 was damaged or not as the protocol says: %2 Retrying in %n seconds.</source>
        <translation>
            <numerusform>Ответ хаба %1 повреждён или не соответствует протоколу: %2 Новая попытка через %n секунду.</numerusform>
            <numerusform>Ответ хаба %1 повреждён или не соответствует протоколу: %2 Новая попытка через %n секунды.</numerusform>
            <numerusform>Ответ хаба %1 повреждён или не соответствует протоколу: %2 Новая попытка через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not set up a secure connection to the hub at %1: %2</source>
        <translation>Не удалось установить защищённое соединение с хабом %1: %2</translation>
    </message>
    <message>
        <source>The hub at %1 now signs task programs with a different key than when this device first joined. SpareCycles will not run programs it cannot trust. If the network announced a new key, remove the folder %2 to join again.</source>
        <translation>Хаб %1 теперь подписывает программы задач другим ключом, чем когда это устройство впервые вошло в сеть. SpareCycles не запускает программы, которым не может доверять. Если сеть объявила о новом ключе, удалите папку %2, чтобы войти заново.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Подключено к %1.</translation>
    </message>
</context>
<context>
    <name>sc::core::LocalHub</name>
    <message>
        <source>the demo network&apos;s payout key could not be made (%1)</source>
        <translation>не удалось создать ключ выплат демо-сети (%1)</translation>
    </message>
    <message>
        <source>the demo chain is not installed with this copy of SpareCycles</source>
        <translation>демо-блокчейн не установлен вместе с этой копией SpareCycles</translation>
    </message>
    <message>
        <source>the demo chain did not start</source>
        <translation>демо-блокчейн не запустился</translation>
    </message>
    <message>
        <source>the demo chain started but did not say where it is</source>
        <translation>демо-блокчейн запустился, но не сообщил, где он доступен</translation>
    </message>
    <message>
        <source>Cannot start the local hub %1: %2</source>
        <translation>Не удаётся запустить локальный хаб %1: %2</translation>
    </message>
    <message>
        <source>The local hub did not start (it said: %1).</source>
        <translation>Локальный хаб не запустился (сообщение: %1).</translation>
    </message>
</context>
<context>
    <name>sc::core::Notifier</name>
    <message>
        <source>Cannot reach the network</source>
        <translation>Сеть недоступна</translation>
    </message>
    <message numerus="yes">
        <source>SpareCycles has not reached its hub for %n minutes. Finished work is kept and sent when it is back. %1</source>
        <translation>
            <numerusform>SpareCycles не может связаться со своим хабом уже %n минуту. Готовая работа сохраняется и будет отправлена, когда связь вернётся. %1</numerusform>
            <numerusform>SpareCycles не может связаться со своим хабом уже %n минуты. Готовая работа сохраняется и будет отправлена, когда связь вернётся. %1</numerusform>
            <numerusform>SpareCycles не может связаться со своим хабом уже %n минут. Готовая работа сохраняется и будет отправлена, когда связь вернётся. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>A task failed repeatedly</source>
        <translation>Задача несколько раз завершилась с ошибкой</translation>
    </message>
    <message>
        <source>Task %1 stopped with an error (code %2) three times and was given up. If this happens often, check the computer&apos;s stability.</source>
        <translation>Задача %1 трижды завершилась с ошибкой (код %2), и от неё отказались. Если это случается часто, проверьте стабильность компьютера.</translation>
    </message>
    <message>
        <source>Paused to cool down</source>
        <translation>Пауза для охлаждения</translation>
    </message>
    <message>
        <source>The processor reached %1 °C (your limit is %2 °C). Tasks resume when it has cooled down.</source>
        <translation>Процессор нагрелся до %1 °C (ваш предел — %2 °C). Задачи продолжатся, когда он остынет.</translation>
    </message>
    <message>
        <source>Payout arrived</source>
        <translation>Пришла выплата</translation>
    </message>
    <message>
        <source>%1 was paid to %2.</source>
        <translation>%1 выплачено на %2.</translation>
    </message>
</context>
<context>
    <name>sc::core::PolicyLoop</name>
    <message>
        <source>Starting</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Paused: CPU at %1 °C, limit %2 °C</source>
        <translation>Пауза: CPU %1 °C, предел %2 °C</translation>
    </message>
    <message>
        <source>Paused to cool down: CPU at %1 °C, limit %2 °C</source>
        <translation>Пауза для охлаждения: CPU %1 °C, предел %2 °C</translation>
    </message>
    <message>
        <source>Slowed to %1 % to keep the CPU under %2 °C (now %3 °C)</source>
        <translation>Замедлено до %1 %, чтобы CPU оставался ниже %2 °C (сейчас %3 °C)</translation>
    </message>
    <message>
        <source>Task %1 holds %2 MB, more than the %3 % of memory tasks may use now; it stops at its checkpoint and waits until there is room.</source>
        <translation>Задача %1 занимает %2 MB — больше %3 % памяти, разрешённых задачам сейчас; она останавливается на контрольной точке и ждёт, пока освободится место.</translation>
    </message>
    <message>
        <source>Graphics card work goes on while you use the computer, as set in Settings</source>
        <translation>Работа на видеокарте продолжается, пока вы пользуетесь компьютером, как задано в настройках</translation>
    </message>
    <message>
        <source>Graphics card work is paused while you use the computer (Settings)</source>
        <translation>Работа на видеокарте приостановлена, пока вы пользуетесь компьютером (Настройки)</translation>
    </message>
    <message>
        <source>Graphics card work is paused to cool down: graphics card at %1 °C, limit %2 °C</source>
        <translation>Работа на видеокарте приостановлена для охлаждения: видеокарта %1 °C, предел %2 °C</translation>
    </message>
    <message>
        <source>Graphics card work is slowed to %1 % to keep the card under %2 °C (now %3 °C)</source>
        <translation>Работа на видеокарте замедлена до %1 %, чтобы карта оставалась ниже %2 °C (сейчас %3 °C)</translation>
    </message>
</context>
<context>
    <name>sc::core::ProgramCache</name>
    <message>
        <source>Refused to start a task: its program %1 is not signed by the network&apos;s code-signing key. The task is dropped.</source>
        <translation>Задача не запущена: её программа %1 не подписана ключом подписи кода сети. Задача отброшена.</translation>
    </message>
    <message>
        <source>Refused the program %1 from the hub: its signature is not from the network&apos;s code-signing key. Its tasks are dropped.</source>
        <translation>Программа %1 от хаба отклонена: её подпись сделана не ключом подписи кода сети. Её задачи отброшены.</translation>
    </message>
    <message>
        <source>The program %1 arrived damaged (%2 bytes whose SHA-256 is not that of the signed program); it is downloaded again.</source>
        <translation>Программа %1 пришла повреждённой (%2 байт, SHA-256 которых не совпадает с подписанной программой); она будет загружена снова.</translation>
    </message>
    <message>
        <source>Cannot store the program %1 in %2: %3</source>
        <translation>Не удаётся сохранить программу %1 в %2: %3</translation>
    </message>
</context>
<context>
    <name>sc::core::Settings</name>
    <message>
        <source>Give &apos;always&apos; or days and hours, e.g. &apos;mon-fri 18-8, sat-sun 0-24&apos;.</source>
        <translation>Укажите &apos;always&apos; или дни и часы, например &apos;mon-fri 18-8, sat-sun 0-24&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not like &apos;mon-fri 18-8&apos; (days mon…sun, hours 0–24).</source>
        <translation>&apos;%1&apos; не похоже на &apos;mon-fri 18-8&apos; (дни mon…sun, часы 0–24).</translation>
    </message>
    <message>
        <source>There is no setting &apos;%1&apos;. &apos;sparecycles-cli config list&apos; shows them all.</source>
        <translation>Настройки &apos;%1&apos; нет. Все настройки показывает &apos;sparecycles-cli config list&apos;.</translation>
    </message>
    <message>
        <source>Give true or false, not &apos;%1&apos;.</source>
        <translation>Укажите true или false, а не &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Give a whole number from %1 to %2, not &apos;%3&apos;.</source>
        <translation>Укажите целое число от %1 до %2, а не &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Give a number from %1 to %2, not &apos;%3&apos;.</source>
        <translation>Укажите число от %1 до %2, а не &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the choices.</source>
        <translation>&apos;%1&apos; нет среди допустимых вариантов.</translation>
    </message>
    <message>
        <source>A network&apos;s address starts with https:// or http://, like https://hub.example.org; &apos;%1&apos; is not one.</source>
        <translation>Адрес сети начинается с https:// или http://, например https://hub.example.org; &apos;%1&apos; — не адрес.</translation>
    </message>
    <message>
        <source>The blockchain node&apos;s address starts with https:// or http://, not &apos;%1&apos;.</source>
        <translation>Адрес узла блокчейна начинается с https:// или http://, а не &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a program name (no paths, at most 64 characters).</source>
        <translation>&apos;%1&apos; — не имя программы (без путей, не более 64 символов).</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не удаётся записать %1.</translation>
    </message>
</context>
<context>
    <name>sc::core::TaskRunner</name>
    <message>
        <source>The hub&apos;s list of held work arrived damaged: task %1 in it does not carry the network&apos;s signature. Nothing of it is used; asking again.</source>
        <translation>Список удерживаемой работы от хаба пришёл повреждённым: задача %1 в нём не несёт подписи сети. Ничего из него не используется; запрашиваем снова.</translation>
    </message>
    <message>
        <source>The hub&apos;s answer with new work arrived damaged: task %1 in it does not carry the network&apos;s signature. Nothing of it is used; asking again.</source>
        <translation>Ответ хаба с новой работой пришёл повреждённым: задача %1 в нём не несёт подписи сети. Ничего из него не используется; запрашиваем снова.</translation>
    </message>
    <message numerus="yes">
        <source>Took up %n tasks the hub had given this computer that never arrived.</source>
        <translation>
            <numerusform>Взята %n задача, которую хаб выдал этому компьютеру, но которая так и не дошла.</numerusform>
            <numerusform>Взяты %n задачи, которые хаб выдал этому компьютеру, но которые так и не дошли.</numerusform>
            <numerusform>Взято %n задач, которые хаб выдал этому компьютеру, но которые так и не дошли.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave %n tasks back to the hub for other computers.</source>
        <translation>
            <numerusform>%n задача возвращена хабу для других компьютеров.</numerusform>
            <numerusform>%n задачи возвращены хабу для других компьютеров.</numerusform>
            <numerusform>%n задач возвращено хабу для других компьютеров.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dropped %n tasks that the hub no longer expects from this computer.</source>
        <translation>
            <numerusform>Отброшена %n задача, которую хаб больше не ждёт от этого компьютера.</numerusform>
            <numerusform>Отброшены %n задачи, которые хаб больше не ждёт от этого компьютера.</numerusform>
            <numerusform>Отброшено %n задач, которые хаб больше не ждёт от этого компьютера.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1 free on the disk holding %2; SpareCycles takes no new work while less than %3 is free. Free some space.</source>
        <translation>На диске с %2 свободно всего %1; SpareCycles не берёт новую работу, пока свободно меньше %3. Освободите место.</translation>
    </message>
    <message>
        <source>Tasks keep %1 in %2, the most they may use (Settings); new work waits until some finish.</source>
        <translation>Задачи занимают %1 в %2 — столько, сколько им разрешено (настройки); новая работа подождёт, пока часть задач завершится.</translation>
    </message>
    <message numerus="yes">
        <source>Received %n tasks from the hub.</source>
        <translation>
            <numerusform>Получена %n задача от хаба.</numerusform>
            <numerusform>Получены %n задачи от хаба.</numerusform>
            <numerusform>Получено %n задач от хаба.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dropped a task: its deadline passed before it could finish.</source>
        <translation>Задача отброшена: её срок истёк раньше, чем она успела завершиться.</translation>
    </message>
    <message>
        <source>Refused to start a task: the network did not sign it (it is not as the hub issued it). The task is dropped.</source>
        <translation>Задача не запущена: сеть её не подписывала (она не такая, какой её выдал хаб). Задача отброшена.</translation>
    </message>
    <message>
        <source>Cannot start a task: %1</source>
        <translation>Не удаётся запустить задачу: %1</translation>
    </message>
    <message>
        <source>Task started</source>
        <translation>Задача запущена</translation>
    </message>
    <message>
        <source>A task was stopped because it broke a limit of its sandbox; the network is told</source>
        <translation>Задача остановлена, потому что нарушила ограничение своей песочницы; сеть получит сообщение</translation>
    </message>
    <message>
        <source>Task finished</source>
        <translation>Задача завершена</translation>
    </message>
    <message>
        <source>A task stopped: the disk holding %1 is full (%2 free). It runs again from its checkpoint once there is space.</source>
        <translation>Задача остановилась: диск с %1 заполнен (свободно %2). Она продолжится с контрольной точки, когда появится место.</translation>
    </message>
    <message>
        <source>A task stopped and could not be recorded in the task database in %1; trying again later.</source>
        <translation>Задача остановилась, и это не удалось записать в базу задач в %1; попробуем позже.</translation>
    </message>
    <message>
        <source>A task stopped unexpectedly; it runs again from its last checkpoint</source>
        <translation>Задача неожиданно остановилась; она продолжится с последней контрольной точки</translation>
    </message>
    <message>
        <source>Exit code %1.</source>
        <translation>Код выхода %1.</translation>
    </message>
    <message numerus="yes">
        <source>A task failed %n times and was given up; the network is told</source>
        <translation>
            <numerusform>Задача %n раз завершилась с ошибкой, и от неё отказались; сеть получит сообщение</numerusform>
            <numerusform>Задача %n раза завершилась с ошибкой, и от неё отказались; сеть получит сообщение</numerusform>
            <numerusform>Задача %n раз завершилась с ошибкой, и от неё отказались; сеть получит сообщение</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do: the network gives it to another computer.</source>
        <translation>Ничего делать не нужно: сеть передаст её другому компьютеру.</translation>
    </message>
    <message>
        <source>The hub did not accept the result of a task: %1</source>
        <translation>Хаб не принял результат задачи: %1</translation>
    </message>
    <message>
        <source>The hub could not take the result of a task now (%1); trying again later.</source>
        <translation>Хаб сейчас не смог принять результат задачи (%1); попробуем позже.</translation>
    </message>
    <message numerus="yes">
        <source>The network changed: %n tasks from the previous network were dropped.</source>
        <translation>
            <numerusform>Сеть сменилась: %n задача прежней сети отброшена.</numerusform>
            <numerusform>Сеть сменилась: %n задачи прежней сети отброшены.</numerusform>
            <numerusform>Сеть сменилась: %n задач прежней сети отброшено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gave a GPU task back to the network: tasks may not use the graphics card.</source>
        <translation>Задача для видеокарты возвращена в сеть: задачам не разрешено использовать видеокарту.</translation>
    </message>
</context>
<context>
    <name>sc::core::WalletWatch</name>
    <message>
        <source>This network names no blockchain node to read your balance from. Add one in Settings (blockchain node address).</source>
        <translation>Эта сеть не указывает узел блокчейна, с которого можно читать ваш баланс. Добавьте его в настройках (адрес узла блокчейна).</translation>
    </message>
    <message>
        <source>The blockchain node %1 is on chain %2, but this network pays on chain %3.</source>
        <translation>Узел блокчейна %1 работает в сети %2, а эта сеть платит в сети %3.</translation>
    </message>
    <message>
        <source>The blockchain node %1 sent a balance that is not a number.</source>
        <translation>Узел блокчейна %1 прислал баланс, который не является числом.</translation>
    </message>
    <message>
        <source>The blockchain node %1 did not answer: %2</source>
        <translation>Узел блокчейна %1 не ответил: %2</translation>
    </message>
    <message>
        <source>Reading the wallet balance from %1 failed: %2</source>
        <translation>Не удалось прочитать баланс кошелька с %1: %2</translation>
    </message>
    <message>
        <source>Could not reach the blockchain node (%1).</source>
        <translation>Не удалось связаться с узлом блокчейна (%1).</translation>
    </message>
    <message>
        <source>The blockchain node (%1) gave an answer this app cannot use.</source>
        <translation>Узел блокчейна (%1) дал ответ, который это приложение не может использовать.</translation>
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
            <numerusform>%n задача завершена, начислено %1</numerusform>
            <numerusform>%n задачи завершены, начислено %1</numerusform>
            <numerusform>%n задач завершено, начислено %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks finished</source>
        <translation>
            <numerusform>%n задача завершена</numerusform>
            <numerusform>%n задачи завершены</numerusform>
            <numerusform>%n задач завершено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 credited for %n tasks</source>
        <translation>
            <numerusform>Начислено %1 за %n задачу</numerusform>
            <numerusform>Начислено %1 за %n задачи</numerusform>
            <numerusform>Начислено %1 за %n задач</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks started</source>
        <translation>
            <numerusform>%n задача запущена</numerusform>
            <numerusform>%n задачи запущены</numerusform>
            <numerusform>%n задач запущено</numerusform>
        </translation>
    </message>
    <message>
        <source>A task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>%1: finished, %2 credited</source>
        <translation>%1: готово, начислено %2</translation>
    </message>
    <message>
        <source>%1: %2 credited</source>
        <translation>%1: начислено %2</translation>
    </message>
    <message>
        <source>%1: finished</source>
        <translation>%1: готово</translation>
    </message>
    <message>
        <source>%1: started</source>
        <translation>%1: начато</translation>
    </message>
</context>
<context>
    <name>sc::ui::ActivityPage</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>What SpareCycles did recently, newest first.</source>
        <translation>Что SpareCycles делал в последнее время, сначала новое.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>All activity</source>
        <translation>Все события</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Только проблемы</translation>
    </message>
    <message>
        <source>Copy the lines shown, with their times</source>
        <translation>Скопировать показанные строки вместе со временем</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Последние события</translation>
    </message>
</context>
<context>
    <name>sc::ui::BarLineChart</name>
    <message>
        <source>Point at a bar to see its exact values.</source>
        <translation>Наведите на столбец, чтобы увидеть точные значения.</translation>
    </message>
    <message>
        <source>Point at the line to see its exact values.</source>
        <translation>Наведите на линию, чтобы увидеть точные значения.</translation>
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
        <translation>Страницы</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Заработок</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>Этот ПК</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>События</translation>
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
        <translation>&amp;Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Export earnings to a CSV file</source>
        <translation>Экспортировать заработок в файл CSV</translation>
    </message>
    <message>
        <source>Earned per period</source>
        <translation>Заработано за период</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Нарастающий итог</translation>
    </message>
    <message>
        <source>Chart of earnings</source>
        <translation>График заработка</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Выплаты</translation>
    </message>
    <message>
        <source>No payouts yet. The network sends your credit to your payout address once enough of it is waiting.</source>
        <translation>Выплат пока нет. Сеть переводит ваши начисления на адрес для выплат, когда их накопится достаточно.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Транзакция</translation>
    </message>
    <message>
        <source>The earnings record could not be opened.</source>
        <translation>Не удалось открыть журнал заработка.</translation>
    </message>
    <message>
        <source>Earned in this period: %1 · In total: %2</source>
        <translation>Заработано за период: %1 · Всего: %2</translation>
    </message>
    <message>
        <source>Waiting for payout: %1 · Paid out: %2</source>
        <translation>Ждёт выплаты: %1 · Выплачено: %2</translation>
    </message>
    <message>
        <source>Nothing earned in this period yet. Credit appears here once the network has checked the results your computer sent.</source>
        <translation>За этот период пока ничего не заработано. Начисления появятся здесь, когда сеть проверит результаты, присланные вашим компьютером.</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Выплачено</translation>
    </message>
    <message>
        <source>Total earned</source>
        <translation>Всего заработано</translation>
    </message>
    <message>
        <source>Earned per day</source>
        <translation>Заработано по дням</translation>
    </message>
    <message>
        <source>Earned per week</source>
        <translation>Заработано по неделям</translation>
    </message>
    <message>
        <source>Earned per month</source>
        <translation>Заработано по месяцам</translation>
    </message>
    <message>
        <source>SCT</source>
        <translation>SCT</translation>
    </message>
    <message>
        <source>Failed: the amount is back in Waiting for payout</source>
        <translation>Не удалось: сумма снова в «Ждёт выплаты»</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Выплачено</translation>
    </message>
    <message>
        <source>On its way</source>
        <translation>В пути</translation>
    </message>
    <message>
        <source>Sent by the network; not yet checked on the blockchain</source>
        <translation>Отправлено сетью; в блокчейне ещё не проверено</translation>
    </message>
    <message>
        <source>Failed on the blockchain; the network should pay it again</source>
        <translation>Сбой в блокчейне; сеть должна выплатить сумму снова</translation>
    </message>
    <message>
        <source>On the blockchain this transaction did not pay this amount to your address</source>
        <translation>В блокчейне эта транзакция не перевела эту сумму на ваш адрес</translation>
    </message>
    <message>
        <source>Not found on the blockchain, although the network says it was paid</source>
        <translation>Не найдено в блокчейне, хотя сеть сообщает о выплате</translation>
    </message>
    <message numerus="yes">
        <source>Confirmed (%n confirmations)</source>
        <translation>
            <numerusform>Подтверждено (%n подтверждение)</numerusform>
            <numerusform>Подтверждено (%n подтверждения)</numerusform>
            <numerusform>Подтверждено (%n подтверждений)</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy the transaction ID</source>
        <translation>Скопировать ID транзакции</translation>
    </message>
    <message>
        <source>Copy the full transaction ID, to look it up on the blockchain</source>
        <translation>Скопировать полный ID транзакции, чтобы найти её в блокчейне</translation>
    </message>
    <message>
        <source>Export earnings</source>
        <translation>Экспорт заработка</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>sc::ui::FirstRunWizard</name>
    <message>
        <source>Welcome to SpareCycles</source>
        <translation>Добро пожаловать в SpareCycles</translation>
    </message>
    <message>
        <source>Quit setup?</source>
        <translation>Прервать настройку?</translation>
    </message>
    <message>
        <source>SpareCycles does not start until setup is finished. Quit setup anyway?</source>
        <translation>SpareCycles не начнёт работу, пока настройка не завершена. Всё равно прервать?</translation>
    </message>
    <message>
        <source>Lend your computer&apos;s spare time</source>
        <translation>Поделитесь свободным временем компьютера</translation>
    </message>
    <message>
        <source>&lt;p&gt;SpareCycles runs small computing tasks for a network while you are away from your computer, and records the credit you earn for them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What it does:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;starts tasks only when you allow it (by default: when you are away);&lt;/li&gt;&lt;li&gt;stops them within a fraction of a second when you come back;&lt;/li&gt;&lt;li&gt;slows down when the processor gets hot or you are on battery.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;What it never does:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;read your files, or let tasks use the network;&lt;/li&gt;&lt;li&gt;run tasks as you or with administrator rights;&lt;/li&gt;&lt;li&gt;ask for your wallet&apos;s secret words or keys: only a wallet you let it make or bring in is kept, on this computer alone.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;SpareCycles выполняет небольшие вычислительные задачи для сети, пока вас нет за компьютером, и учитывает начисления, которые вы за них получаете.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Что он делает:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;запускает задачи, только когда вы разрешаете (по умолчанию — когда вас нет за компьютером);&lt;/li&gt;&lt;li&gt;останавливает их за доли секунды, когда вы возвращаетесь;&lt;/li&gt;&lt;li&gt;замедляется, когда процессор нагревается или компьютер работает от батареи.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Чего он никогда не делает:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;не читает ваши файлы и не пускает задачи в интернет;&lt;/li&gt;&lt;li&gt;не запускает задачи от вашего имени или с правами администратора;&lt;/li&gt;&lt;li&gt;не спрашивает секретные слова или ключи вашего кошелька: хранится только кошелёк, который вы сами разрешили создать или перенести, и только на этом компьютере.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Which network?</source>
        <translation>Какая сеть?</translation>
    </message>
    <message>
        <source>&amp;Demo network on this computer</source>
        <translation>&amp;Демо-сеть на этом компьютере</translation>
    </message>
    <message>
        <source>A &amp;hub on the internet:</source>
        <translation>&amp;Хаб в интернете:</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Адрес хаба</translation>
    </message>
    <message>
        <source>To try SpareCycles out: tasks, credit and payouts are real, but they stay on this computer, and its credit has no value.</source>
        <translation>Чтобы попробовать SpareCycles: задачи, начисления и выплаты настоящие, но остаются на этом компьютере, а начисления ничего не стоят.</translation>
    </message>
    <message>
        <source>Where should payouts go?</source>
        <translation>Куда отправлять выплаты?</translation>
    </message>
    <message>
        <source>Give the address of your Ethereum-compatible (EVM) wallet: it starts with 0x and has 42 characters; copy it from your wallet app. Only the address: never your secret words or key. You can leave it empty and add it later.</source>
        <translation>Укажите адрес вашего Ethereum-совместимого (EVM) кошелька: он начинается с 0x и содержит 42 символа; скопируйте его из приложения-кошелька. Нужен только адрес — никогда не вводите секретные слова или ключ. Поле можно оставить пустым и заполнить позже.</translation>
    </message>
    <message>
        <source>0x… (your wallet’s address, optional)</source>
        <translation>0x… (адрес вашего кошелька, необязательно)</translation>
    </message>
    <message>
        <source>Payout address</source>
        <translation>Адрес для выплат</translation>
    </message>
    <message>
        <source>The payout address above is this wallet&apos;s.</source>
        <translation>Адрес для выплат выше принадлежит этому кошельку.</translation>
    </message>
    <message>
        <source>When may tasks run?</source>
        <translation>Когда можно запускать задачи?</translation>
    </message>
    <message>
        <source>Only when I am &amp;away from the computer (recommended)</source>
        <translation>Только когда меня &amp;нет за компьютером (рекомендуется)</translation>
    </message>
    <message>
        <source>&amp;Always, at the lowest priority (may make fans louder)</source>
        <translation>&amp;Всегда, с самым низким приоритетом (вентиляторы могут шуметь сильнее)</translation>
    </message>
    <message>
        <source>At &amp;these hours (click or drag to change):</source>
        <translation>В &amp;эти часы (нажмите или проведите, чтобы изменить):</translation>
    </message>
    <message>
        <source>You can change this any time in Settings, and pause from the tray icon.</source>
        <translation>Это можно в любой момент изменить в настройках, а поставить на паузу — через значок в трее.</translation>
    </message>
    <message>
        <source>All set</source>
        <translation>Всё готово</translation>
    </message>
    <message>
        <source>SpareCycles keeps a wallet for you on this computer. You can save a copy of it to a file, which MetaMask and most other wallets open.</source>
        <translation>SpareCycles хранит для вас кошелёк на этом компьютере. Можно сохранить его копию в файл, который откроют MetaMask и большинство других кошельков.</translation>
    </message>
    <message>
        <source>No wallet yet? SpareCycles can make one for you and keep it on this computer; you write down 12 recovery words that bring it back.</source>
        <translation>Ещё нет кошелька? SpareCycles может создать его и хранить на этом компьютере; вы запишете 12 слов восстановления, по которым его можно вернуть.</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Сохранить копию…</translation>
    </message>
    <message>
        <source>&amp;Make one for me…</source>
        <translation>Создать &amp;кошелёк для меня…</translation>
    </message>
    <message>
        <source>A hub address looks like https://hub.example.org.</source>
        <translation>Адрес хаба выглядит так: https://hub.example.org.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 недоступен: %2</translation>
    </message>
    <message>
        <source>%1 answers, but it is not a SpareCycles hub.</source>
        <translation>%1 отвечает, но это не хаб SpareCycles.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Проверяем %1…</translation>
    </message>
    <message>
        <source>Choose at least one hour, or tasks could never run.</source>
        <translation>Выберите хотя бы один час, иначе задачи никогда не смогут работать.</translation>
    </message>
    <message>
        <source>Network: the demo network on this computer.</source>
        <translation>Сеть: демо-сеть на этом компьютере.</translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation>Сеть: %1</translation>
    </message>
    <message>
        <source>Payouts: no address yet.</source>
        <translation>Выплаты: адреса пока нет.</translation>
    </message>
    <message>
        <source>Payouts to: %1</source>
        <translation>Выплаты на: %1</translation>
    </message>
    <message>
        <source>Tasks run only when you are away.</source>
        <translation>Задачи работают, только когда вас нет за компьютером.</translation>
    </message>
    <message>
        <source>Tasks run always, at the lowest priority.</source>
        <translation>Задачи работают всегда, с самым низким приоритетом.</translation>
    </message>
    <message numerus="yes">
        <source>Tasks run only at the hours you chose (%n hours a week).</source>
        <translation>
            <numerusform>Задачи работают только в выбранные часы (%n час в неделю).</numerusform>
            <numerusform>Задачи работают только в выбранные часы (%n часа в неделю).</numerusform>
            <numerusform>Задачи работают только в выбранные часы (%n часов в неделю).</numerusform>
        </translation>
    </message>
    <message>
        <source>SpareCycles lives in the tray (the icon near the clock). Click it to see what it does and what you earned.</source>
        <translation>SpareCycles живёт в трее (значок рядом с часами). Нажмите на него, чтобы увидеть, что он делает и сколько вы заработали.</translation>
    </message>
</context>
<context>
    <name>sc::ui::HistoryPage</name>
    <message>
        <source>Processor time</source>
        <translation>Время процессора</translation>
    </message>
    <message>
        <source>Tasks finished</source>
        <translation>Завершённые задачи</translation>
    </message>
    <message>
        <source>The contribution record could not be opened.</source>
        <translation>Не удалось открыть журнал вклада.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message numerus="yes">
        <source>In this period: %1 of processor time, %n tasks finished.</source>
        <translation>
            <numerusform>За этот период: %1 времени процессора, %n задача завершена.</numerusform>
            <numerusform>За этот период: %1 времени процессора, %n задачи завершены.</numerusform>
            <numerusform>За этот период: %1 времени процессора, %n задач завершено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The network accepted %n results</source>
        <translation>
            <numerusform>Сеть приняла %n результат</numerusform>
            <numerusform>Сеть приняла %n результата</numerusform>
            <numerusform>Сеть приняла %n результатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and rejected %n (wrong, failed or late).</source>
        <translation>
            <numerusform>и отклонила %n (неверные, с ошибкой или опоздавшие).</numerusform>
            <numerusform>и отклонила %n (неверные, с ошибкой или опоздавшие).</numerusform>
            <numerusform>и отклонила %n (неверные, с ошибкой или опоздавшие).</numerusform>
        </translation>
    </message>
    <message>
        <source>Your computer has not worked on any task in this period yet. Tasks run when you are away from the computer (see Settings).</source>
        <translation>За этот период ваш компьютер ещё не работал ни над одной задачей. Задачи выполняются, когда вас нет за компьютером (см. настройки).</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Неделя с %1</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Minutes of processor time</source>
        <translation>Минуты времени процессора</translation>
    </message>
    <message>
        <source>Hours of processor time</source>
        <translation>Часы времени процессора</translation>
    </message>
    <message>
        <source>Chart of the time your computer worked and finished tasks</source>
        <translation>График времени работы компьютера и завершённых задач</translation>
    </message>
    <message>
        <source>Processor and graphics card time</source>
        <translation>Время процессора и видеокарты</translation>
    </message>
    <message numerus="yes">
        <source>In this period: %1 of processor time and %2 of graphics card time, %n tasks finished.</source>
        <translation>
            <numerusform>За этот период: %1 времени процессора и %2 времени видеокарты, %n задача завершена.</numerusform>
            <numerusform>За этот период: %1 времени процессора и %2 времени видеокарты, %n задачи завершены.</numerusform>
            <numerusform>За этот период: %1 времени процессора и %2 времени видеокарты, %n задач завершено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Процессор</translation>
    </message>
    <message>
        <source>Graphics card</source>
        <translation>Видеокарта</translation>
    </message>
    <message>
        <source>Minutes of work</source>
        <translation>Минуты работы</translation>
    </message>
    <message>
        <source>Hours of work</source>
        <translation>Часы работы</translation>
    </message>
</context>
<context>
    <name>sc::ui::LiveChart</name>
    <message>
        <source>CPU temperature (°C)</source>
        <translation>Температура CPU (°C)</translation>
    </message>
    <message>
        <source>Share of time tasks run (%)</source>
        <translation>Доля времени работы задач (%)</translation>
    </message>
    <message>
        <source>Processor used by tasks (% of the computer)</source>
        <translation>Загрузка процессора задачами (% от всего компьютера)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
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
        <translation>Собираем первые измерения…</translation>
    </message>
    <message>
        <source>This computer does not report its processor temperature; only the tasks’ share of time and processor use are shown.</source>
        <translation>Этот компьютер не сообщает температуру процессора; показаны только доля времени работы задач и загрузка процессора.</translation>
    </message>
    <message>
        <source>Graphics card temperature (°C)</source>
        <translation>Температура видеокарты (°C)</translation>
    </message>
    <message>
        <source>This computer does not report its processor temperature; the graphics card’s is shown.</source>
        <translation>Этот компьютер не сообщает температуру процессора; показана температура видеокарты.</translation>
    </message>
</context>
<context>
    <name>sc::ui::OverviewPage</name>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Run tasks without a sandbox…</source>
        <translation>Выполнять задачи без песочницы…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Заработано</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>За 7 дней</translation>
    </message>
    <message>
        <source>In total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Waiting for payout</source>
        <translation>Ждёт выплаты</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Выплачено</translation>
    </message>
    <message>
        <source>Payout wallet</source>
        <translation>Кошелёк для выплат</translation>
    </message>
    <message>
        <source>What your payout address holds on the blockchain, including anything it received from elsewhere.</source>
        <translation>Сколько лежит на вашем адресе для выплат в блокчейне, включая всё, что пришло туда из других мест.</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>For network fees</source>
        <translation>На комиссии сети</translation>
    </message>
    <message>
        <source>Last 10 minutes</source>
        <translation>Последние 10 минут</translation>
    </message>
    <message>
        <source>Chart of CPU temperature and task running time over the last 10 minutes</source>
        <translation>График температуры CPU и времени работы задач за последние 10 минут</translation>
    </message>
    <message>
        <source>Tasks on this computer</source>
        <translation>Задачи на этом компьютере</translation>
    </message>
    <message>
        <source>No task is running right now.</source>
        <translation>Сейчас задачи не выполняются.</translation>
    </message>
    <message>
        <source>Waiting for your permission</source>
        <translation>Ждёт вашего разрешения</translation>
    </message>
    <message>
        <source>Tasks wait where they stopped and go on from there when you resume.</source>
        <translation>Задачи ждут там, где остановились, и продолжат с того же места, когда вы снимете паузу.</translation>
    </message>
    <message>
        <source>Paused until you resume</source>
        <translation>На паузе, пока вы не продолжите</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>На паузе до %1</translation>
    </message>
    <message>
        <source>Running now until %1, even while you use the computer</source>
        <translation>Работает сейчас до %1, даже пока вы за компьютером</translation>
    </message>
    <message>
        <source>Run tasks without a sandbox?</source>
        <translation>Выполнять задачи без песочницы?</translation>
    </message>
    <message>
        <source>Tasks come from the network&apos;s strangers. Without a sandbox they run as you: they could read your files and use the network. They still run only when you are away and at the lowest priority.

Installing bubblewrap is safer. You can turn this off again in Settings.</source>
        <translation>Задачи приходят от незнакомых людей из сети. Без песочницы они работают от вашего имени: они смогут читать ваши файлы и выходить в интернет. Они по-прежнему работают, только когда вас нет за компьютером, и с самым низким приоритетом.

Безопаснее установить bubblewrap. Это можно снова выключить в настройках.</translation>
    </message>
    <message>
        <source>Run without a sandbox</source>
        <translation>Работать без песочницы</translation>
    </message>
    <message>
        <source>A task</source>
        <translation>Задача</translation>
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
        <translation>%1 — %2, приостановлено</translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <translation>%1 — %2 · %3</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Ход выполнения: %1</translation>
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
        <translation>Баланс %1 пока не удалось прочитать.</translation>
    </message>
    <message>
        <source>Showing the balance from %1.</source>
        <translation>Показан баланс на %1.</translation>
    </message>
    <message>
        <source>%1 %2 Trying again in a minute. Check your internet connection, or change “Blockchain node address” in Settings.</source>
        <translation>%1 %2 Повторим через минуту. Проверьте подключение к интернету или измените «Адрес узла блокчейна» в настройках.</translation>
    </message>
    <message>
        <source>Reading the balance of %1 from the blockchain…</source>
        <translation>Читаем баланс %1 из блокчейна…</translation>
    </message>
    <message>
        <source>Read from the blockchain at %1 for %2.</source>
        <translation>Баланс %2 прочитан из блокчейна в %1.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>Time worked in the last 7 days</source>
        <translation>Время работы за 7 дней</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Процессор</translation>
    </message>
    <message>
        <source>Graphics card</source>
        <translation>Видеокарта</translation>
    </message>
</context>
<context>
    <name>sc::ui::RangeSelector</name>
    <message>
        <source>7 days</source>
        <translation>7 дней</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 дней</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 год</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Всё</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Показать: %1</translation>
    </message>
</context>
<context>
    <name>sc::ui::ScheduleGrid</name>
    <message>
        <source>Hours when tasks may run</source>
        <translation>Часы, когда задачам можно работать</translation>
    </message>
    <message>
        <source>A week, one row per day and one column per hour. Filled hours are when tasks may run. Arrow keys move, Space switches an hour.</source>
        <translation>Неделя: по строке на день и по столбцу на час. Закрашенные часы — когда задачам можно работать. Стрелки перемещают, пробел переключает час.</translation>
    </message>
</context>
<context>
    <name>sc::ui::SettingsPage</name>
    <message>
        <source>Move</source>
        <translation>Перейти</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>Restore the defaults of “%1”</source>
        <translation>Вернуть значения по умолчанию в разделе «%1»</translation>
    </message>
    <message>
        <source>Puts every choice in “%1” back as SpareCycles came.</source>
        <translation>Возвращает все параметры раздела «%1» к тем, с которыми поставляется SpareCycles.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Дополнительно</translation>
    </message>
    <message>
        <source>When to run</source>
        <translation>Когда работать</translation>
    </message>
    <message>
        <source>Only while I’m away from the computer</source>
        <translation>Только когда меня нет за компьютером</translation>
    </message>
    <message>
        <source>Start after I have been away for</source>
        <translation>Начинать, если меня нет дольше</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Minutes away before tasks start</source>
        <translation>Минуты отсутствия до запуска задач</translation>
    </message>
    <message>
        <source>Always, but slowed down while I use the computer</source>
        <translation>Всегда, но медленнее, пока я за компьютером</translation>
    </message>
    <message>
        <source>While I use it, tasks get</source>
        <translation>Пока я за компьютером, задачам достаётся</translation>
    </message>
    <message>
        <source>%1 % of the processor time</source>
        <translation>%1 % времени процессора</translation>
    </message>
    <message>
        <source>Processor time for tasks while you use the computer</source>
        <translation>Время процессора для задач, пока вы за компьютером</translation>
    </message>
    <message>
        <source>Always, at full speed</source>
        <translation>Всегда, на полной скорости</translation>
    </message>
    <message>
        <source>Tasks always run at the lowest priority, so the programs you use come first.</source>
        <translation>Задачи всегда работают с самым низким приоритетом, чтобы ваши программы шли первыми.</translation>
    </message>
    <message>
        <source>Also use the graphics card while I use the computer</source>
        <translation>Использовать и видеокарту, пока я за компьютером</translation>
    </message>
    <message>
        <source>Hours when tasks may run (click or drag to change):</source>
        <translation>Часы, когда задачам можно работать (нажмите или проведите, чтобы изменить):</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>В любое время</translation>
    </message>
    <message>
        <source>Allow every hour of the week.</source>
        <translation>Разрешить все часы недели.</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Ограничения</translation>
    </message>
    <message>
        <source>Processor cores tasks may use</source>
        <translation>Ядра процессора, доступные задачам</translation>
    </message>
    <message numerus="yes">
        <source>of %n cores</source>
        <translation>
            <numerusform>из %n ядра</numerusform>
            <numerusform>из %n ядер</numerusform>
            <numerusform>из %n ядер</numerusform>
        </translation>
    </message>
    <message>
        <source>Processor cores:</source>
        <translation>Ядра процессора:</translation>
    </message>
    <message>
        <source>Processor time:</source>
        <translation>Время процессора:</translation>
    </message>
    <message>
        <source>Processor time each task may use</source>
        <translation>Время процессора, которое может занимать каждая задача</translation>
    </message>
    <message>
        <source>%1 % of each core&apos;s time</source>
        <translation>%1 % времени каждого ядра</translation>
    </message>
    <message>
        <source>Memory while I use the computer:</source>
        <translation>Память, пока я за компьютером:</translation>
    </message>
    <message>
        <source>Memory tasks may use while you use the computer</source>
        <translation>Память, которую задачи могут занимать, пока вы за компьютером</translation>
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
        <translation>Память, пока меня нет:</translation>
    </message>
    <message>
        <source>Memory tasks may use while you are away</source>
        <translation>Память, которую задачи могут занимать, пока вас нет</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>Disk space always left free</source>
        <translation>Место на диске, которое всегда остаётся свободным</translation>
    </message>
    <message>
        <source>Always leave free on the disk:</source>
        <translation>Всегда оставлять свободным на диске:</translation>
    </message>
    <message>
        <source>Disk space tasks may use at most</source>
        <translation>Наибольшее место на диске для задач</translation>
    </message>
    <message>
        <source>Disk space for tasks, at most:</source>
        <translation>Место на диске для задач, не больше:</translation>
    </message>
    <message>
        <source>Pause tasks while other programs keep the processor busy</source>
        <translation>Ставить задачи на паузу, пока другие программы нагружают процессор</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>above %1 % of the processor</source>
        <translation>больше %1 % процессора</translation>
    </message>
    <message>
        <source>How busy other programs must keep the processor</source>
        <translation>Насколько другие программы должны нагружать процессор</translation>
    </message>
    <message>
        <source>When they use</source>
        <translation>Когда они занимают</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds other programs must be busy before tasks pause</source>
        <translation>Сколько секунд другие программы должны быть заняты, прежде чем задачи встанут на паузу</translation>
    </message>
    <message>
        <source>Pause once they have been busy for:</source>
        <translation>Пауза, если они заняты уже:</translation>
    </message>
    <message>
        <source>Seconds tasks stay paused at least</source>
        <translation>Сколько секунд задачи остаются на паузе как минимум</translation>
    </message>
    <message>
        <source>Then stay paused for at least:</source>
        <translation>Затем оставаться на паузе не меньше:</translation>
    </message>
    <message>
        <source>Pause while one of these programs runs (a game, for example):</source>
        <translation>Ставить на паузу, пока работает одна из этих программ (например, игра):</translation>
    </message>
    <message>
        <source>Programs that pause tasks while they run</source>
        <translation>Программы, во время работы которых задачи стоят на паузе</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Pause for a program</source>
        <translation>Пауза для программы</translation>
    </message>
    <message>
        <source>The program’s name as the system lists it (for example steam or blender):</source>
        <translation>Имя программы, как его показывает система (например, steam или blender):</translation>
    </message>
    <message>
        <source>Run tasks even where they cannot be shut in a sandbox</source>
        <translation>Выполнять задачи, даже если их нельзя запереть в песочнице</translation>
    </message>
    <message>
        <source>Not recommended: without a sandbox a task could read your files. SpareCycles uses a sandbox wherever this computer can set one up.</source>
        <translation>Не рекомендуется: без песочницы задача сможет прочитать ваши файлы. SpareCycles использует песочницу везде, где этот компьютер может её создать.</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Температура</translation>
    </message>
    <message>
        <source>Tasks slow down as the temperature nears the limit and stop above it, so the computer never runs hotter than you allow.</source>
        <translation>Когда температура подходит к пределу, задачи замедляются, а выше него — останавливаются, так что компьютер не нагревается сильнее, чем вы разрешили.</translation>
    </message>
    <message>
        <source> °C</source>
        <translation> °C</translation>
    </message>
    <message>
        <source>Processor: keep below</source>
        <translation>Процессор: держать ниже</translation>
    </message>
    <message>
        <source>Processor temperature limit</source>
        <translation>Предел температуры процессора</translation>
    </message>
    <message>
        <source>Graphics card: keep below</source>
        <translation>Видеокарта: держать ниже</translation>
    </message>
    <message>
        <source>Graphics card temperature limit</source>
        <translation>Предел температуры видеокарты</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Батарея</translation>
    </message>
    <message>
        <source>Pause tasks</source>
        <translation>Ставить задачи на паузу</translation>
    </message>
    <message>
        <source>Run only while the battery is charged enough</source>
        <translation>Работать, только пока батарея достаточно заряжена</translation>
    </message>
    <message>
        <source>Run as on mains power</source>
        <translation>Работать, как от розетки</translation>
    </message>
    <message>
        <source>What tasks do on battery</source>
        <translation>Что делают задачи при работе от батареи</translation>
    </message>
    <message>
        <source>On battery:</source>
        <translation>От батареи:</translation>
    </message>
    <message>
        <source>above %1 %</source>
        <translation>выше %1 %</translation>
    </message>
    <message>
        <source>Battery charge tasks need</source>
        <translation>Заряд батареи, нужный задачам</translation>
    </message>
    <message>
        <source>Run while charged:</source>
        <translation>Работать при заряде:</translation>
    </message>
    <message>
        <source>On a computer without a battery this changes nothing.</source>
        <translation>На компьютере без батареи это ничего не меняет.</translation>
    </message>
    <message>
        <source>Network and payout</source>
        <translation>Сеть и выплаты</translation>
    </message>
    <message>
        <source>Work for:</source>
        <translation>Для какой сети работать:</translation>
    </message>
    <message>
        <source>The demo network on this computer (its credit has no value)</source>
        <translation>Демо-сеть на этом компьютере (её начисления ничего не стоят)</translation>
    </message>
    <message>
        <source>The network at this address:</source>
        <translation>Сеть по этому адресу:</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Address of the network</source>
        <translation>Адрес сети</translation>
    </message>
    <message>
        <source>&amp;Join…</source>
        <translation>&amp;Подключиться…</translation>
    </message>
    <message>
        <source>the demo network on this computer</source>
        <translation>демо-сеть на этом компьютере</translation>
    </message>
    <message>
        <source>Payout address (where the network sends what you earn):</source>
        <translation>Адрес для выплат (куда сеть отправляет заработанное):</translation>
    </message>
    <message>
        <source>0x… (your wallet’s address; you can add it later)</source>
        <translation>0x… (адрес вашего кошелька; можно добавить позже)</translation>
    </message>
    <message>
        <source>Payout address</source>
        <translation>Адрес для выплат</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy the payout address</source>
        <translation>Скопировать адрес для выплат</translation>
    </message>
    <message>
        <source>Create or import a wallet…</source>
        <translation>Создать или импортировать кошелёк…</translation>
    </message>
    <message>
        <source>No wallet yet? SpareCycles can make one for you, or bring in one you have from its recovery words or a wallet file.</source>
        <translation>Ещё нет кошелька? SpareCycles может создать его для вас или перенести ваш по словам восстановления или из файла кошелька.</translation>
    </message>
    <message>
        <source>Export wallet…</source>
        <translation>Экспортировать кошелёк…</translation>
    </message>
    <message>
        <source>Save a copy of the wallet SpareCycles holds to a file locked with a password.</source>
        <translation>Сохранить копию кошелька, который хранит SpareCycles, в файл, защищённый паролем.</translation>
    </message>
    <message>
        <source>Blockchain node to read your wallet balance from:</source>
        <translation>Узел блокчейна для чтения баланса кошелька:</translation>
    </message>
    <message>
        <source>The one your network suggests</source>
        <translation>Тот, что предлагает ваша сеть</translation>
    </message>
    <message>
        <source>Blockchain node address</source>
        <translation>Адрес узла блокчейна</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>Tell me when:</source>
        <translation>Сообщать, когда:</translation>
    </message>
    <message>
        <source>a payout arrives</source>
        <translation>приходит выплата</translation>
    </message>
    <message>
        <source>tasks stop because the computer got too hot</source>
        <translation>задачи останавливаются из-за перегрева компьютера</translation>
    </message>
    <message>
        <source>a task fails again and again</source>
        <translation>задача раз за разом завершается с ошибкой</translation>
    </message>
    <message>
        <source>the network has been out of reach for half an hour</source>
        <translation>сеть недоступна уже полчаса</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>Dark icon, for a light panel</source>
        <translation>Тёмный значок, для светлой панели</translation>
    </message>
    <message>
        <source>Light icon, for a dark panel</source>
        <translation>Светлый значок, для тёмной панели</translation>
    </message>
    <message>
        <source>Tray icon colour</source>
        <translation>Цвет значка в трее</translation>
    </message>
    <message>
        <source>Tray icon:</source>
        <translation>Значок в трее:</translation>
    </message>
    <message>
        <source>Start SpareCycles when I log in</source>
        <translation>Запускать SpareCycles при входе в систему</translation>
    </message>
    <message>
        <source>Choose at least one hour, or tasks could never run.</source>
        <translation>Выберите хотя бы один час, иначе задачи никогда не смогут работать.</translation>
    </message>
    <message>
        <source>Type the network’s address, such as https://hub.example.org.</source>
        <translation>Введите адрес сети, например https://hub.example.org.</translation>
    </message>
    <message>
        <source>A network’s address starts with https:// or http://, such as https://hub.example.org.</source>
        <translation>Адрес сети начинается с https:// или http://, например https://hub.example.org.</translation>
    </message>
    <message>
        <source>Move to another network?</source>
        <translation>Перейти в другую сеть?</translation>
    </message>
    <message>
        <source>Move to %1?

Tasks of the network you work for now that have not finished are dropped, and this computer starts on tasks from the new one. The credit you earned stays in your history.</source>
        <translation>Перейти на %1?

Незавершённые задачи сети, для которой вы сейчас работаете, будут отброшены, и этот компьютер начнёт выполнять задачи новой сети. Заработанные начисления останутся в вашей истории.</translation>
    </message>
    <message>
        <source>SpareCycles now works for %1.</source>
        <translation>SpareCycles перешёл на %1.</translation>
    </message>
    <message>
        <source>Go back to %1</source>
        <translation>Снова перейти на %1</translation>
    </message>
    <message>
        <source>Tasks may run at any hour.</source>
        <translation>Задачам можно работать в любой час.</translation>
    </message>
    <message numerus="yes">
        <source>Tasks may run %n of the 168 hours of a week.</source>
        <translation>
            <numerusform>Задачам можно работать %n час из 168 часов недели.</numerusform>
            <numerusform>Задачам можно работать %n часа из 168 часов недели.</numerusform>
            <numerusform>Задачам можно работать %n часов из 168 часов недели.</numerusform>
        </translation>
    </message>
    <message>
        <source>Now %1 °C</source>
        <translation>Сейчас %1 °C</translation>
    </message>
    <message>
        <source>This computer does not report it</source>
        <translation>Этот компьютер её не сообщает</translation>
    </message>
    <message>
        <source>No graphics card reports it</source>
        <translation>Ни одна видеокарта её не сообщает</translation>
    </message>
    <message>
        <source>Let tasks use the graphics card</source>
        <translation>Разрешить задачам использовать видеокарту</translation>
    </message>
</context>
<context>
    <name>sc::ui::ThisPcPage</name>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Your computer</source>
        <translation>Ваш компьютер</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Читаем…</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Скорость</translation>
    </message>
    <message>
        <source>&amp;Measure speed now</source>
        <translation>&amp;Измерить скорость сейчас</translation>
    </message>
    <message>
        <source>Measure this computer&apos;s speed now</source>
        <translation>Измерить скорость этого компьютера сейчас</translation>
    </message>
    <message>
        <source>Unknown processor</source>
        <translation>Неизвестный процессор</translation>
    </message>
    <message>
        <source>%1 cores, can run %2 tasks at once</source>
        <translation>Ядер: %1, задач одновременно: %2</translation>
    </message>
    <message>
        <source>can run %1 tasks at once</source>
        <translation>Задач одновременно: %1</translation>
    </message>
    <message>
        <source>up to %1 GHz</source>
        <translation>до %1 GHz</translation>
    </message>
    <message>
        <source>Processor:</source>
        <translation>Процессор:</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Память:</translation>
    </message>
    <message>
        <source>%1 (%2 free now)</source>
        <translation>%1 (сейчас свободно %2)</translation>
    </message>
    <message>
        <source>, %1 memory</source>
        <translation>, память %1</translation>
    </message>
    <message>
        <source>Graphics:</source>
        <translation>Видеокарта:</translation>
    </message>
    <message>
        <source>No graphics card that tasks can use was found.</source>
        <translation>Видеокарта, которую могут использовать задачи, не найдена.</translation>
    </message>
    <message>
        <source>Free disk space:</source>
        <translation>Свободно на диске:</translation>
    </message>
    <message>
        <source>%1 in the SpareCycles folder</source>
        <translation>%1 на диске с папкой SpareCycles</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>Система:</translation>
    </message>
    <message>
        <source>Battery:</source>
        <translation>Батарея:</translation>
    </message>
    <message>
        <source>Yes. Tasks follow the battery rules in Settings.</source>
        <translation>Есть. Задачи следуют правилам для батареи из настроек.</translation>
    </message>
    <message>
        <source>No (this computer runs on mains power).</source>
        <translation>Нет (этот компьютер работает от розетки).</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>Температура:</translation>
    </message>
    <message>
        <source>%1 °C now (measured by %2)</source>
        <translation>Сейчас %1 °C (датчик: %2)</translation>
    </message>
    <message>
        <source>This computer does not report its processor temperature, so SpareCycles cannot slow tasks down when it gets hot.</source>
        <translation>Этот компьютер не сообщает температуру процессора, поэтому SpareCycles не может замедлять задачи при нагреве.</translation>
    </message>
    <message>
        <source>The speed of this computer has not been measured yet. It takes a few seconds and runs at low priority.</source>
        <translation>Скорость этого компьютера ещё не измерялась. Это займёт несколько секунд и идёт с низким приоритетом.</translation>
    </message>
    <message numerus="yes">
        <source>Measured on %1 using %n threads. Higher numbers are faster.</source>
        <translation>
            <numerusform>Измерено %1 с %n потоком. Чем больше числа, тем быстрее.</numerusform>
            <numerusform>Измерено %1 с %n потоками. Чем больше числа, тем быстрее.</numerusform>
            <numerusform>Измерено %1 с %n потоками. Чем больше числа, тем быстрее.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall score:</source>
        <translation>Общая оценка:</translation>
    </message>
    <message>
        <source>Whole-number work:</source>
        <translation>Целые числа:</translation>
    </message>
    <message>
        <source>%1 million operations per second (one core: %2)</source>
        <translation>%1 млн операций в секунду (одно ядро: %2)</translation>
    </message>
    <message>
        <source>Decimal maths:</source>
        <translation>Дробные числа:</translation>
    </message>
    <message>
        <source>Memory speed:</source>
        <translation>Скорость памяти:</translation>
    </message>
    <message>
        <source>%1 GB per second (one core: %2)</source>
        <translation>%1 GB в секунду (одно ядро: %2)</translation>
    </message>
    <message>
        <source>Measuring… (a few seconds)</source>
        <translation>Измеряем… (несколько секунд)</translation>
    </message>
</context>
<context>
    <name>sc::ui::TrayController</name>
    <message>
        <source>SpareCycles menu</source>
        <translation>Меню SpareCycles</translation>
    </message>
    <message>
        <source>&amp;Open dashboard</source>
        <translation>&amp;Открыть главное окно</translation>
    </message>
    <message>
        <source>Pause for 1 &amp;hour</source>
        <translation>Пауза на 1 &amp;час</translation>
    </message>
    <message>
        <source>Pause until &amp;tomorrow</source>
        <translation>Пауза до &amp;завтра</translation>
    </message>
    <message>
        <source>Pause until I &amp;resume</source>
        <translation>Пауза, пока я не &amp;продолжу</translation>
    </message>
    <message>
        <source>R&amp;esume</source>
        <translation>Продол&amp;жить</translation>
    </message>
    <message>
        <source>Run &amp;now for an hour, even while I use the computer</source>
        <translation>Работать &amp;сейчас целый час, даже если я за компьютером</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>SpareCycles: %1</source>
        <translation>SpareCycles: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks running</source>
        <translation>
            <numerusform>Выполняется %n задача</numerusform>
            <numerusform>Выполняются %n задачи</numerusform>
            <numerusform>Выполняется %n задач</numerusform>
        </translation>
    </message>
    <message>
        <source>Earned today: %1</source>
        <translation>Заработано сегодня: %1</translation>
    </message>
</context>
<context>
    <name>sc::ui::WalletDialog</name>
    <message>
        <source>Your wallet</source>
        <translation>Ваш кошелёк</translation>
    </message>
    <message>
        <source>A wallet for your payouts</source>
        <translation>Кошелёк для ваших выплат</translation>
    </message>
    <message>
        <source>A wallet is where the tokens you earn with this computer&apos;s spare time are paid to; SpareCycles can make one for you and keep its key on this computer. A new wallet comes with 12 recovery words, and those words are the only way back to it if this computer breaks or is lost.</source>
        <translation>В кошелёк приходят токены, которые вы зарабатываете свободным временем этого компьютера; SpareCycles может создать кошелёк для вас и хранить его ключ на этом компьютере. К новому кошельку прилагаются 12 слов восстановления, и только по ним его можно вернуть, если компьютер сломается или потеряется.</translation>
    </message>
    <message>
        <source>&amp;Make a new wallet for me</source>
        <translation>&amp;Создать для меня новый кошелёк</translation>
    </message>
    <message>
        <source>I have a wallet: bring it in with its recovery &amp;words</source>
        <translation>У меня есть кошелёк: перенести его по словам &amp;восстановления</translation>
    </message>
    <message>
        <source>I have a wallet: bring it in from a wallet &amp;file</source>
        <translation>У меня есть кошелёк: перенести его из &amp;файла кошелька</translation>
    </message>
    <message>
        <source>A Web3 keystore (v3) JSON file, as MetaMask, MyEtherWallet or geth save it.</source>
        <translation>Файл JSON формата Web3 keystore (v3), как его сохраняют MetaMask, MyEtherWallet или geth.</translation>
    </message>
    <message>
        <source>&amp;Save a copy of the wallet to a file</source>
        <translation>Сохранить &amp;копию кошелька в файл</translation>
    </message>
    <message>
        <source>Write down your 12 recovery words</source>
        <translation>Запишите ваши 12 слов восстановления</translation>
    </message>
    <message>
        <source>Write these words on paper, in this order, and keep the paper somewhere safe. Anyone who sees them can take everything in the wallet, and nobody, not even SpareCycles, can give them to you again: they are shown only this once.</source>
        <translation>Запишите эти слова на бумаге, в этом порядке, и храните бумагу в надёжном месте. Любой, кто их увидит, сможет забрать всё из кошелька, а показать их вам снова не сможет никто, даже SpareCycles: они показываются только один раз.</translation>
    </message>
    <message>
        <source>A BIP-39 recovery phrase (English word list); the wallet&apos;s first account (m/44&apos;/60&apos;/0&apos;/0/0) receives the payouts.</source>
        <translation>Фраза восстановления BIP-39 (английский список слов); выплаты получает первый счёт кошелька (m/44&apos;/60&apos;/0&apos;/0/0).</translation>
    </message>
    <message>
        <source>I &amp;wrote them down</source>
        <translation>Слова &amp;записаны</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>Check your paper</source>
        <translation>Проверьте свою запись</translation>
    </message>
    <message>
        <source>Type the words your paper has at these numbers.</source>
        <translation>Введите слова, которые стоят в вашей записи под этими номерами.</translation>
    </message>
    <message>
        <source>Choose a password</source>
        <translation>Придумайте пароль</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Пароль ещё раз</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <source>Your recovery words</source>
        <translation>Ваши слова восстановления</translation>
    </message>
    <message>
        <source>Type or paste the 12 or 24 recovery words of your wallet, in order, separated by spaces. Payouts will go to the wallet&apos;s first account.</source>
        <translation>Введите или вставьте 12 или 24 слова восстановления вашего кошелька по порядку, через пробел. Выплаты будут приходить на первый счёт кошелька.</translation>
    </message>
    <message>
        <source>Recovery words</source>
        <translation>Слова восстановления</translation>
    </message>
    <message>
        <source>A BIP-39 phrase in English; the account used is m/44&apos;/60&apos;/0&apos;/0/0.</source>
        <translation>Фраза BIP-39 на английском; используется счёт m/44&apos;/60&apos;/0&apos;/0/0.</translation>
    </message>
    <message>
        <source>Your wallet file</source>
        <translation>Ваш файл кошелька</translation>
    </message>
    <message>
        <source>Choose the file your wallet was saved in (MetaMask, MyEtherWallet and SpareCycles save a file ending in .json) and type its password.</source>
        <translation>Выберите файл, в котором сохранён ваш кошелёк (MetaMask, MyEtherWallet и SpareCycles сохраняют файл с расширением .json), и введите его пароль.</translation>
    </message>
    <message>
        <source>Wallet &amp;file:</source>
        <translation>&amp;Файл кошелька:</translation>
    </message>
    <message>
        <source>Wallet file</source>
        <translation>Файл кошелька</translation>
    </message>
    <message>
        <source>Wallet files (*.json *.keystore);;All files (*)</source>
        <translation>Файлы кошелька (*.json *.keystore);;Все файлы (*)</translation>
    </message>
    <message>
        <source>A Web3 keystore (v3) JSON file.</source>
        <translation>Файл JSON формата Web3 keystore (v3).</translation>
    </message>
    <message>
        <source>Password of the file</source>
        <translation>Пароль файла</translation>
    </message>
    <message>
        <source>Save a copy of your wallet</source>
        <translation>Сохраните копию вашего кошелька</translation>
    </message>
    <message>
        <source>The copy is a file locked with a password. MetaMask and most other wallets can open it; keep it as safe as your recovery words.</source>
        <translation>Копия — это файл, защищённый паролем. Его откроют MetaMask и большинство других кошельков; храните его так же надёжно, как слова восстановления.</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Сохранить &amp;как:</translation>
    </message>
    <message>
        <source>Save the wallet as</source>
        <translation>Сохранить кошелёк как</translation>
    </message>
    <message>
        <source>Wallet files (*.json)</source>
        <translation>Файлы кошелька (*.json)</translation>
    </message>
    <message>
        <source>Written as a Web3 keystore (v3) JSON file, readable only by you.</source>
        <translation>Записывается как файл JSON формата Web3 keystore (v3), который можете прочитать только вы.</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>Тот же пароль ещё раз</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>An EIP-55 address on an EVM chain.</source>
        <translation>Адрес EIP-55 в сети EVM.</translation>
    </message>
    <message>
        <source>Looking for this computer&apos;s keychain… (this can take a few seconds)</source>
        <translation>Ищем связку ключей этого компьютера… (это может занять несколько секунд)</translation>
    </message>
    <message>
        <source>SpareCycles keeps a wallet for this computer in %1.</source>
        <translation>SpareCycles хранит кошелёк этого компьютера в %1.</translation>
    </message>
    <message>
        <source>Its address is %1.</source>
        <translation>Его адрес: %1.</translation>
    </message>
    <message>
        <source>It is never replaced, because it holds the key of your payouts; you can save a copy.</source>
        <translation>Он никогда не заменяется, потому что в нём ключ к вашим выплатам; можно сохранить его копию.</translation>
    </message>
    <message>
        <source>There is no wallet made by SpareCycles here yet, so there is nothing to save. Make one or bring yours in.</source>
        <translation>Здесь пока нет кошелька, созданного SpareCycles, поэтому сохранять нечего. Создайте кошелёк или перенесите свой.</translation>
    </message>
    <message>
        <source>The wallet&apos;s key will be kept in the system keychain, which your login unlocks.</source>
        <translation>Ключ кошелька будет храниться в системной связке ключей, которая открывается при вашем входе в систему.</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the wallet will be kept in a file locked with a password: %1</source>
        <translation>На этом компьютере нет связки ключей, поэтому кошелёк будет храниться в файле, защищённом паролем: %1</translation>
    </message>
    <message>
        <source>Word %1:</source>
        <translation>Слово %1:</translation>
    </message>
    <message>
        <source>Word %1</source>
        <translation>Слово %1</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the wallet is kept in a file locked with a password. Choose one of at least %1 characters: it is asked for when you save a copy of the wallet. If you forget it, your recovery words still bring the wallet back.</source>
        <translation>На этом компьютере нет связки ключей, поэтому кошелёк хранится в файле, защищённом паролем. Придумайте пароль не короче %1 символов: он понадобится, когда вы будете сохранять копию кошелька. Если вы его забудете, кошелёк всё равно можно вернуть по словам восстановления.</translation>
    </message>
    <message>
        <source>The copy is locked with the password of your wallet. Type it:</source>
        <translation>Копия защищается паролем вашего кошелька. Введите его:</translation>
    </message>
    <message>
        <source>Choose a password for the copy (at least %1 characters); it is needed to open the copy:</source>
        <translation>Придумайте пароль для копии (не короче %1 символов); он нужен, чтобы открыть копию:</translation>
    </message>
    <message>
        <source>Your wallet&apos;s password</source>
        <translation>Пароль вашего кошелька</translation>
    </message>
    <message>
        <source>A new password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>Word %1 is not the word that was shown.</source>
        <translation>Слово %1 не совпадает с показанным.</translation>
    </message>
    <message>
        <source>Words %1 are not the words that were shown.</source>
        <translation>Слова %1 не совпадают с показанными.</translation>
    </message>
    <message>
        <source>Look at your paper and type again. Nothing has been saved. If you did not write the words down, press Cancel and start again for new words.</source>
        <translation>Посмотрите на свою запись и введите снова. Ничего не сохранено. Если вы не записали слова, нажмите «Отмена» и начните заново, чтобы получить новые слова.</translation>
    </message>
    <message>
        <source>A copy of your wallet is saved</source>
        <translation>Копия вашего кошелька сохранена</translation>
    </message>
    <message>
        <source>The copy holds the key of this address:</source>
        <translation>В копии хранится ключ этого адреса:</translation>
    </message>
    <message>
        <source>The copy is in %1, locked with %2. To use the wallet elsewhere, open that file in MetaMask or another wallet (&quot;import a JSON file&quot;).</source>
        <translation>Копия лежит в %1 и защищена %2. Чтобы пользоваться кошельком в другом месте, откройте этот файл в MetaMask или другом кошельке («импортировать файл JSON»).</translation>
    </message>
    <message>
        <source>your wallet&apos;s password</source>
        <translation>паролем вашего кошелька</translation>
    </message>
    <message>
        <source>the password you just chose</source>
        <translation>паролем, который вы только что придумали</translation>
    </message>
    <message>
        <source>Your wallet is ready</source>
        <translation>Ваш кошелёк готов</translation>
    </message>
    <message>
        <source>Its key is kept in %1.</source>
        <translation>Его ключ хранится в %1.</translation>
    </message>
    <message>
        <source>Keep your paper with the 12 words safe: it is the only way back to this wallet.</source>
        <translation>Храните бумагу с 12 словами в надёжном месте: только по ней можно вернуть этот кошелёк.</translation>
    </message>
    <message>
        <source>Until now payouts went to %1; what was paid there stays there.</source>
        <translation>До сих пор выплаты шли на %1; то, что туда уже выплачено, там и остаётся.</translation>
    </message>
    <message>
        <source>Payouts now go to this address:</source>
        <translation>Теперь выплаты идут на этот адрес:</translation>
    </message>
</context>
<context>
    <name>sc::ui::WalletPage</name>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
</context>
<context>
    <name>sc::ui::WordGrid</name>
    <message>
        <source>Recovery words</source>
        <translation>Слова восстановления</translation>
    </message>
    <message>
        <source>Word %1</source>
        <translation>Слово %1</translation>
    </message>
</context>
</TS>
