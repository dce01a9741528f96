<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DataFolder</name>
    <message>
        <source>Cannot create the data folder %1. Check that it is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another SpareCycles engine (process %1) is already using %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space and start SpareCycles again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the data folder %1. Check that it is writable and the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceIdentity</name>
    <message numerus="yes">
        <source>This computer is now a new device on the network, with a new key. %n tasks of the old identity were dropped.</source>
        <translation>
            <numerusform>This computer is now a new device on the network, with a new key. %n task of the old identity was dropped.</numerusform>
            <numerusform>This computer is now a new device on the network, with a new key. %n tasks of the old identity were dropped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot record the device&apos;s identity in %1. Check that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup copy of the device key could not be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the device key in %1. Check that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key in %1 is not the one this computer joined the network with: the file was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device key was damaged; it was restored from its backup copy, and this computer keeps its identity on the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device key was missing; it was restored from its backup copy, and this computer keeps its identity on the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device key was restored from the system keychain, and this computer keeps its identity on the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make a device key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key that identifies this computer on the network (%1) is damaged, and no backup copy was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key that identifies this computer on the network is missing from %1, and no backup copy was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SpareCycles device key (or it is damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a device key, but not this computer&apos;s: it belongs to another device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the device&apos;s identity in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s device key cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of credit not yet paid out and %n unfinished tasks belong to this computer under that key.</source>
        <translation>
            <numerusform>%1 of credit not yet paid out and %n unfinished task belong to this computer under that key.</numerusform>
            <numerusform>%1 of credit not yet paid out and %n unfinished tasks belong to this computer under that key.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of credit not yet paid out belongs to this computer under that key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished tasks belong to this computer under that key.</source>
        <translation>
            <numerusform>%n unfinished task belongs to this computer under that key.</numerusform>
            <numerusform>%n unfinished tasks belong to this computer under that key.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvmAddress</name>
    <message>
        <source>This is an example address from a guide, not your wallet&apos;s: payouts sent to it would be lost. Copy the address from your own wallet app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address starts with 0x followed by 40 characters 0–9 and a–f.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capital letters do not match the address&apos;s checksum: there is probably a typo. Copy the address again from your wallet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileWalletStore</name>
    <message>
        <source>the password-protected file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet file needs a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a wallet file already: %1. It is never replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the wallet file in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the wallet file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no wallet file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the wallet file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet file %1 may be read by other users of this computer; make it yours alone (chmod 600 %1) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the wallet file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password for the wallet file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HdKey</name>
    <message>
        <source>A wallet seed is 16 to 64 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be derived (OpenSSL failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This seed gives no valid master key; use another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key path has at most %1 levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be derived (secp256k1 failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key index %1 is invalid for this key (a 1 in 2^127 case); use the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key path starts with &quot;m&quot;, as in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1 of the key path, &quot;%2&quot;, is not a number from 0 to 2147483647 (followed by &apos; for a hardened level).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>SpareCycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s identity on the network needs your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you saved a copy of the key, put it back to keep everything. Or start as a new device: it starts with no tasks and no credit, and what belongs to the old identity is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a saved copy back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start as a new device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved copy of the device key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device key (*.pem);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainWalletStore</name>
    <message numerus="yes">
        <source>The system keychain did not answer within %n seconds.</source>
        <translation>
            <numerusform>The system keychain did not answer within %n second.</numerusform>
            <numerusform>The system keychain did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>No system keychain (such as GNOME Keyring or KWallet) is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain (such as GNOME Keyring or KWallet) is running (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain holds a wallet for this data folder already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain holds no wallet for this data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet key in the system keychain is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain holds no such entry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keystore</name>
    <message>
        <source>These scrypt settings are out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be encrypted (OpenSSL failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a keystore file (it is far too large).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a keystore file (it is not JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only version 3 keystore files can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keystore file has no &quot;crypto&quot; section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keystore file uses the cipher &quot;%1&quot;; only aes-128-ctr is supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keystore file is damaged (its iv, ciphertext or mac is missing or not hex of the right length).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keystore file does not hold an Ethereum private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keystore file uses the key derivation &quot;%1&quot;; only scrypt and pbkdf2 are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keystore file is damaged (its salt or dklen is missing or wrong).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keystore file is damaged (scrypt needs n, a power of two, and r and p).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keystore file asks for more work than allowed to unlock it (scrypt n=%1 r=%2 p=%3; at most n=%4 and 1 GiB of memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be derived (OpenSSL failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keystore file uses pbkdf2 with &quot;%1&quot;; only hmac-sha256 is supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keystore file is damaged (pbkdf2 needs c).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keystore file asks for more work than allowed to unlock it (pbkdf2 c=%1; at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be decrypted (OpenSSL failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keystore file does not hold a valid Ethereum private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keystore file names the address %1 but holds the key of %2: it has been altered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mnemonic</name>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in word list is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A recovery phrase has 12, 15, 18, 21 or 24 words; this one has %n words.</source>
        <translation>
            <numerusform>A recovery phrase has 12, 15, 18, 21 or 24 words; this one has %n word.</numerusform>
            <numerusform>A recovery phrase has 12, 15, 18, 21 or 24 words; this one has %n words.</numerusform>
        </translation>
    </message>
    <message>
        <source>Word %1 has a character that no English recovery word has (only the letters a to z are used).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word %1, &quot;%2&quot;, is not one of the 2048 English recovery words. Check its spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every word is a recovery word, but together they do not check out: a word is probably wrong or in the wrong place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase may only use plain ASCII characters (letters a to z, digits, punctuation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery phrase could not be turned into a key (OpenSSL failed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message numerus="yes">
        <source>Waiting until the computer has been idle for %n minutes</source>
        <translation>
            <numerusform>Waiting until the computer has been idle for %n minute</numerusform>
            <numerusform>Waiting until the computer has been idle for %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Running %1 % of the time, as set in Settings (CPU share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running at %1 % while you use the computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused by you until you resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused by you until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended: running on battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended: battery at %1 %, below %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended: outside the hours you allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended: %1 is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: this computer does not say when you are away from it. To run anyway, choose to run always in Settings, under “When to run”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended: other programs use %1 % of the CPU (limit %2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended: tasks use more than %1 % of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended: only %1 free on the disk holding %2; tasks pause while less than %3 is free (Settings). Free some space and they resume.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Secp256k1Key</name>
    <message>
        <source>A private key is 32 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up secp256k1 (out of memory or no random numbers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid secp256k1 private key (zero, or not below the curve order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the key file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 can be read by other users (mode %2); allow only its owner with: chmod 600 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the key file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 must hold exactly 64 hexadecimal digits (0-9, a-f) and a newline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 does not hold a usable key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 already exists; it is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the key file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the key file %1 (disk full?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Run tasks even while you use the computer (at idle priority).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes without keyboard or mouse input before tasks start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While you use the computer: suspend CPU tasks, or keep them at a reduced share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU time share (%) for tasks while you use the computer, with &apos;reduced&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep GPU tasks running while you use the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU time share (%) each task may use while it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share (%) of the processor&apos;s cores tasks may use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory (% of RAM) tasks may use while you use the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory (% of RAM) tasks may use while the computer is idle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend when other programs use more than this % of the CPU (0 = never).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds other programs&apos; load must last before tasks are suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once suspended for other programs&apos; load, stay suspended at least this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause while any of these programs runs (comma-separated names, e.g. a game).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On battery: suspend, run only above battery_min_percent, or run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With on_battery=below: run on battery only above this charge (%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When tasks may run: &apos;always&apos;, or days and hours like &apos;mon-fri 18-8, sat-sun 0-24&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU temperature (°C) to hold; tasks slow down before it and stop above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU temperature (°C) to hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me when the network has been unreachable for half an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me when a task fails again and again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me when tasks stop because the processor got too hot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start SpareCycles in the tray when you log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused by you until this time (Unix seconds); 0 = not paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;Run now&apos;: ignore idle time until this time (Unix seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EVM address (0x…) that receives payouts; empty = decide later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me when a payout arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of the panel the tray icon sits on, so the icon stays visible: auto (GNOME&apos;s top bar is dark; elsewhere the app&apos;s colours), light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: &apos;local&apos; for the demo network on this computer, or a hub address such as https://hub.example.org. The app moves to it at once; tasks of the old network are dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of a blockchain node to read your wallet balance from, such as https://rpc.example.org; empty = the one your network suggests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks pause while the disk holding SpareCycles&apos; folder has less than this much space free (GB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk space (GB) tasks may use at most, all together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this computer cannot shut tasks in a sandbox, run them anyway. They can then read your files. Not recommended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the app: system, en, de, fr, es, pt_BR, ru, ja or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let tasks use the graphics card, where it can run them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatePresenter</name>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting until you are away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for other programs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusFile</name>
    <message>
        <source>%1 does not exist; no engine has used it yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDescription</name>
    <message>
        <source>Counting primes from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting primes in %1–%2 × 10%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing a task for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>about %n min left</numerusform>
            <numerusform>about %n min left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hours left</source>
        <translation>
            <numerusform>about %n hour left</numerusform>
            <numerusform>about %n hours left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Uint256</name>
    <message>
        <source>An amount is written with the digits 0–9 and at most one decimal point, like 12 or 1.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token has %1 decimal places; the amount has more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalletKeeper</name>
    <message>
        <source>%1 Nothing was saved. Close this window and open it again: if the keychain still does not answer, the wallet is kept in a password-protected file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was saved. Check that the disk is not full and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is shorter than %1 characters. Choose a longer one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the same password in both fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the wallet file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking the wallet file… (a few seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the password of this file. Type it again; capital letters count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be used: %1 Choose the wallet file itself (it usually ends in .json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet&apos;s key could not be made (%1). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking the wallet file with your password… (a few seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the wallet in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet was saved, but the payout address could not be set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the copy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already. Choose another file name: an existing file is never replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your wallet&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking your wallet file… (a few seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not your wallet&apos;s password. Type it again; capital letters count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking the copy with the password… (a few seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2. Choose another folder, or check that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalletStoreChooser</name>
    <message>
        <source>Your wallet is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The wallet is kept in %2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Lends this computer&apos;s idle time to a compute network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a demo hub on this computer and use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub URL, e.g. https://hub.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for all state (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in the tray without opening the dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the first-run wizard and use the defaults (demo network, run when idle).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use either --local or --hub URL, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpareCycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo network could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpareCycles could not move to the network %1: %2

It stays on the network it used before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo network&apos;s own blockchain could not start, so it pays nothing until it does: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::chain::ChainClient</name>
    <message>
        <source>The chain&apos;s answer to %1 was larger than this app accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain&apos;s address answered HTTP %1, not JSON-RPC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain&apos;s answer to %1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain&apos;s answer to %1 does not match the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain refused %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain&apos;s answer to %1 has no result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain sent a malformed chain id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain sent a malformed block number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain sent malformed call data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain sent a malformed balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain sent a malformed transaction count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain sent an implausible gas estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain sent a malformed priority fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain sent a malformed fee history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain sent a malformed transaction hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain sent a malformed receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain sent a malformed list of logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain sent a malformed log entry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::core::CreditFeed</name>
    <message>
        <source>The hub sent a malformed credit entry; ignoring this page and asking again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub sent a credit cursor that goes backwards; ignoring it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store credits in the ledger; will ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout: %1 sent to your address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout: %1 reached your address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task credited: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network judged a task&apos;s result wrong; it earns no credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this happens often, check this computer&apos;s memory and cooling.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::core::CurlHttpClient</name>
    <message>
        <source>The address is not a valid http(s) URL (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find the host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply from %1 was still arriving after %2 s (%3 bytes so far): the connection or the server is too slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 was not set up within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set up a secure connection to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply from %1 is larger than the limit of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is not a valid http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has an invalid header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::core::Engine</name>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks run in a %1 sandbox: no network, only their own folder writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tasks will resume from their checkpoints.</source>
        <translation>
            <numerusform>%n task will resume from its checkpoint.</numerusform>
            <numerusform>%n tasks will resume from their checkpoints.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n results from an earlier run wait to be reported.</source>
        <translation>
            <numerusform>%n result from an earlier run waits to be reported.</numerusform>
            <numerusform>%n results from an earlier run wait to be reported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings changed; applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping tasks (they resume from their checkpoints next time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Running %n tasks</source>
        <translation>
            <numerusform>Running %n task</numerusform>
            <numerusform>Running %n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to the hub at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for work from the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No engine is running on this data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No engine has run on this data folder yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout address changed to %1; telling the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks wait for your permission: this computer cannot shut them in a sandbox (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer cannot shut tasks in a sandbox (%1), where they could not read your files: they wait until you allow them to run without one. Installing bubblewrap is safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task resumed from its checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install bubblewrap, or allow tasks to run without a sandbox on the Overview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks run without a sandbox (%1). They still run at idle priority in their own folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install bubblewrap to isolate them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You paused SpareCycles until you resume it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You paused SpareCycles until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You resumed SpareCycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost the connection to the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Check this computer&apos;s internet connection; SpareCycles tries again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks suspended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks resumed (they had waited: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU tasks run on the processor here: this computer has no graphics card for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks can use the graphics card: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::core::Executor</name>
    <message>
        <source>it created more than %1 files in its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it wrote more than %1 MB into its folder, the most one task may use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it started more processes and threads than the %1 one task may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it tried to write a file larger than %1 MB, the most one file may hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it made a system call that the sandbox forbids</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::core::HardwareWatch</name>
    <message>
        <source>This computer&apos;s hardware changed; sending its new profile to the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring this computer&apos;s speed (a few seconds, at idle priority)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed measured: score %1 (integer %2 Mop/s, floating point %3 Mflop/s, memory %4 GB/s on all cores).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::core::HubSession</name>
    <message>
        <source>The hub does not know this device any more; registering again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub stopped sending work to this device because it returned wrong answers to known tasks. Check the computer&apos;s stability (memory, overclocking), then contact the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cannot reach the hub at %1: %2 Retrying in %n seconds.</source>
        <translation>
            <numerusform>Cannot reach the hub at %1: %2 Retrying in %n second.</numerusform>
            <numerusform>Cannot reach the hub at %1: %2 Retrying in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hub at %1 now signs task programs with a different key than when this device first joined. SpareCycles will not run programs it cannot trust. If the network announced a new key, remove the folder %2 to join again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The hub at %1 answered with an error (HTTP %2): %3 Retrying in %n seconds.</source>
        <translation>
            <numerusform>The hub at %1 answered with an error (HTTP %2): %3 Retrying in %n second.</numerusform>
            <numerusform>The hub at %1 answered with an error (HTTP %2): %3 Retrying in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reply from the hub at %1 was damaged or not as the protocol says: %2 Retrying in %n seconds.</source>
        <translation>
            <numerusform>The reply from the hub at %1 was damaged or not as the protocol says: %2 Retrying in %n second.</numerusform>
            <numerusform>The reply from the hub at %1 was damaged or not as the protocol says: %2 Retrying in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not set up a secure connection to the hub at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::core::LocalHub</name>
    <message>
        <source>the demo network&apos;s payout key could not be made (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo chain is not installed with this copy of SpareCycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo chain did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo chain started but did not say where it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the local hub %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local hub did not start (it said: %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::core::Notifier</name>
    <message>
        <source>Cannot reach the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>SpareCycles has not reached its hub for %n minutes. Finished work is kept and sent when it is back. %1</source>
        <translation>
            <numerusform>SpareCycles has not reached its hub for %n minute. Finished work is kept and sent when it is back. %1</numerusform>
            <numerusform>SpareCycles has not reached its hub for %n minutes. Finished work is kept and sent when it is back. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>A task failed repeatedly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 stopped with an error (code %2) three times and was given up. If this happens often, check the computer&apos;s stability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused to cool down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processor reached %1 °C (your limit is %2 °C). Tasks resume when it has cooled down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was paid to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::core::PolicyLoop</name>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: CPU at %1 °C, limit %2 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused to cool down: CPU at %1 °C, limit %2 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slowed to %1 % to keep the CPU under %2 °C (now %3 °C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 holds %2 MB, more than the %3 % of memory tasks may use now; it stops at its checkpoint and waits until there is room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphics card work goes on while you use the computer, as set in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphics card work is paused while you use the computer (Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphics card work is paused to cool down: graphics card at %1 °C, limit %2 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphics card work is slowed to %1 % to keep the card under %2 °C (now %3 °C)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::core::ProgramCache</name>
    <message>
        <source>Cannot store the program %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused the program %1 from the hub: its signature is not from the network&apos;s code-signing key. Its tasks are dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program %1 arrived damaged (%2 bytes whose SHA-256 is not that of the signed program); it is downloaded again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to start a task: its program %1 is not signed by the network&apos;s code-signing key. The task is dropped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::core::Settings</name>
    <message>
        <source>Give &apos;always&apos; or days and hours, e.g. &apos;mon-fri 18-8, sat-sun 0-24&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not like &apos;mon-fri 18-8&apos; (days mon…sun, hours 0–24).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no setting &apos;%1&apos;. &apos;sparecycles-cli config list&apos; shows them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a program name (no paths, at most 64 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blockchain node&apos;s address starts with https:// or http://, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give true or false, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a whole number from %1 to %2, not &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a number from %1 to %2, not &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network&apos;s address starts with https:// or http://, like https://hub.example.org; &apos;%1&apos; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::core::TaskRunner</name>
    <message numerus="yes">
        <source>Received %n tasks from the hub.</source>
        <translation>
            <numerusform>Received %n task from the hub.</numerusform>
            <numerusform>Received %n tasks from the hub.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The network changed: %n tasks from the previous network were dropped.</source>
        <translation>
            <numerusform>The network changed: %n task from the previous network was dropped.</numerusform>
            <numerusform>The network changed: %n tasks from the previous network were dropped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took up %n tasks the hub had given this computer that never arrived.</source>
        <translation>
            <numerusform>Took up %n task the hub had given this computer that never arrived.</numerusform>
            <numerusform>Took up %n tasks the hub had given this computer that never arrived.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave %n tasks back to the hub for other computers.</source>
        <translation>
            <numerusform>Gave %n task back to the hub for other computers.</numerusform>
            <numerusform>Gave %n tasks back to the hub for other computers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dropped %n tasks that the hub no longer expects from this computer.</source>
        <translation>
            <numerusform>Dropped %n task that the hub no longer expects from this computer.</numerusform>
            <numerusform>Dropped %n tasks that the hub no longer expects from this computer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1 free on the disk holding %2; SpareCycles takes no new work while less than %3 is free. Free some space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks keep %1 in %2, the most they may use (Settings); new work waits until some finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s list of held work arrived damaged: task %1 in it does not carry the network&apos;s signature. Nothing of it is used; asking again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s answer with new work arrived damaged: task %1 in it does not carry the network&apos;s signature. Nothing of it is used; asking again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped a task: its deadline passed before it could finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to start a task: the network did not sign it (it is not as the hub issued it). The task is dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a task: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task was stopped because it broke a limit of its sandbox; the network is told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task stopped: the disk holding %1 is full (%2 free). It runs again from its checkpoint once there is space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task stopped and could not be recorded in the task database in %1; trying again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task stopped unexpectedly; it runs again from its last checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A task failed %n times and was given up; the network is told</source>
        <translation>
            <numerusform>A task failed %n time and was given up; the network is told</numerusform>
            <numerusform>A task failed %n times and was given up; the network is told</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do: the network gives it to another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub did not accept the result of a task: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub could not take the result of a task now (%1); trying again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave a GPU task back to the network: tasks may not use the graphics card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::core::WalletWatch</name>
    <message>
        <source>This network names no blockchain node to read your balance from. Add one in Settings (blockchain node address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blockchain node %1 did not answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blockchain node %1 is on chain %2, but this network pays on chain %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blockchain node %1 sent a balance that is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the wallet balance from %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the blockchain node (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blockchain node (%1) gave an answer this app cannot use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::ActivityLog</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tasks finished, %1 credited</source>
        <translation>
            <numerusform>%n task finished, %1 credited</numerusform>
            <numerusform>%n tasks finished, %1 credited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks finished</source>
        <translation>
            <numerusform>%n task finished</numerusform>
            <numerusform>%n tasks finished</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 credited for %n tasks</source>
        <translation>
            <numerusform>%1 credited for %n task</numerusform>
            <numerusform>%1 credited for %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks started</source>
        <translation>
            <numerusform>%n task started</numerusform>
            <numerusform>%n tasks started</numerusform>
        </translation>
    </message>
    <message>
        <source>A task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: finished, %2 credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::ActivityPage</name>
    <message>
        <source>Recent activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What SpareCycles did recently, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the lines shown, with their times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::BarLineChart</name>
    <message>
        <source>Point at a bar to see its exact values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at the line to see its exact values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::DashboardWindow</name>
    <message>
        <source>SpareCycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::EarningsPage</name>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export earnings to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earnings record could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned in this period: %1 · In total: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing earned in this period yet. Credit appears here once the network has checked the results your computer sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for payout: %1 · Paid out: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payouts yet. The network sends your credit to your payout address once enough of it is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: the amount is back in Waiting for payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On its way</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Confirmed (%n confirmations)</source>
        <translation>
            <numerusform>Confirmed (%n confirmation)</numerusform>
            <numerusform>Confirmed (%n confirmations)</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the transaction ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the full transaction ID, to look it up on the blockchain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by the network; not yet checked on the blockchain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed on the blockchain; the network should pay it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found on the blockchain, although the network says it was paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the blockchain this transaction did not pay this amount to your address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::FirstRunWizard</name>
    <message>
        <source>Welcome to SpareCycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lend your computer&apos;s spare time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which network?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;hub on the internet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where should payouts go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When may tasks run?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when I am &amp;away from the computer (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Always, at the lowest priority (may make fans louder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can change this any time in Settings, and pause from the tray icon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hub address looks like https://hub.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: the demo network on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts: no address yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks run only when you are away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks run always, at the lowest priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpareCycles lives in the tray (the icon near the clock). Click it to see what it does and what you earned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers, but it is not a SpareCycles hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;SpareCycles runs small computing tasks for a network while you are away from your computer, and records the credit you earn for them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What it does:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;starts tasks only when you allow it (by default: when you are away);&lt;/li&gt;&lt;li&gt;stops them within a fraction of a second when you come back;&lt;/li&gt;&lt;li&gt;slows down when the processor gets hot or you are on battery.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;What it never does:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;read your files, or let tasks use the network;&lt;/li&gt;&lt;li&gt;run tasks as you or with administrator rights;&lt;/li&gt;&lt;li&gt;ask for your wallet&apos;s secret words or keys: only a wallet you let it make or bring in is kept, on this computer alone.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payout address above is this wallet&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpareCycles keeps a wallet for you on this computer. You can save a copy of it to a file, which MetaMask and most other wallets open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wallet yet? SpareCycles can make one for you and keep it on this computer; you write down 12 recovery words that bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make one for me…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit setup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpareCycles does not start until setup is finished. Quit setup anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demo network on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To try SpareCycles out: tasks, credit and payouts are real, but they stay on this computer, and its credit has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the address of your Ethereum-compatible (EVM) wallet: it starts with 0x and has 42 characters; copy it from your wallet app. Only the address: never your secret words or key. You can leave it empty and add it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0x… (your wallet’s address, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At &amp;these hours (click or drag to change):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one hour, or tasks could never run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tasks run only at the hours you chose (%n hours a week).</source>
        <translation>
            <numerusform>Tasks run only at the hours you chose (%n hour a week).</numerusform>
            <numerusform>Tasks run only at the hours you chose (%n hours a week).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sc::ui::HistoryPage</name>
    <message>
        <source>The contribution record could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In this period: %1 of processor time, %n tasks finished.</source>
        <translation>
            <numerusform>In this period: %1 of processor time, %n task finished.</numerusform>
            <numerusform>In this period: %1 of processor time, %n tasks finished.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your computer has not worked on any task in this period yet. Tasks run when you are away from the computer (see Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The network accepted %n results</source>
        <translation>
            <numerusform>The network accepted %n result</numerusform>
            <numerusform>The network accepted %n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and rejected %n (wrong, failed or late).</source>
        <translation>
            <numerusform>and rejected %n (wrong, failed or late).</numerusform>
            <numerusform>and rejected %n (wrong, failed or late).</numerusform>
        </translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of processor time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of processor time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of the time your computer worked and finished tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor and graphics card time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In this period: %1 of processor time and %2 of graphics card time, %n tasks finished.</source>
        <translation>
            <numerusform>In this period: %1 of processor time and %2 of graphics card time, %n task finished.</numerusform>
            <numerusform>In this period: %1 of processor time and %2 of graphics card time, %n tasks finished.</numerusform>
        </translation>
    </message>
    <message>
        <source>Processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphics card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::LiveChart</name>
    <message>
        <source>CPU temperature (°C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of time tasks run (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>°C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting the first measurements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor used by tasks (% of the computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer does not report its processor temperature; only the tasks’ share of time and processor use are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphics card temperature (°C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer does not report its processor temperature; the graphics card’s is shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::OverviewPage</name>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of CPU temperature and task running time over the last 10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task is running right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For network fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from the blockchain at %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your payout address holds on the blockchain, including anything it received from elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No balance of %1 could be read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the balance from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 Trying again in a minute. Check your internet connection, or change “Blockchain node address” in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the balance of %1 from the blockchain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run tasks without a sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run tasks without a sandbox?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks come from the network&apos;s strangers. Without a sandbox they run as you: they could read your files and use the network. They still run only when you are away and at the lowest priority.

Installing bubblewrap is safer. You can turn this off again in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run without a sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks wait where they stopped and go on from there when you resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused until you resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running now until %1, even while you use the computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time worked in the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphics card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::RangeSelector</name>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::ScheduleGrid</name>
    <message>
        <source>Hours when tasks may run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A week, one row per day and one column per hour. Filled hours are when tasks may run. Arrow keys move, Space switches an hour.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::SettingsPage</name>
    <message>
        <source>Payout address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blockchain node address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or import a wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wallet yet? SpareCycles can make one for you, or bring in one you have from its recovery words or a wallet file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the wallet SpareCycles holds to a file locked with a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the defaults of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts every choice in “%1” back as SpareCycles came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only while I’m away from the computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start after I have been away for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes away before tasks start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always, but slowed down while I use the computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While I use it, tasks get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of the processor time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor time for tasks while you use the computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always, at full speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks always run at the lowest priority, so the programs you use come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also use the graphics card while I use the computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours when tasks may run (click or drag to change):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow every hour of the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor cores tasks may use</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>of %n cores</source>
        <translation>
            <numerusform>of %n core</numerusform>
            <numerusform>of %n cores</numerusform>
        </translation>
    </message>
    <message>
        <source>Processor cores:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor time each task may use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of each core&apos;s time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory while I use the computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory tasks may use while you use the computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory while I’m away:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory tasks may use while you are away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk space always left free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always leave free on the disk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk space tasks may use at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk space for tasks, at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause tasks while other programs keep the processor busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above %1 % of the processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How busy other programs must keep the processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When they use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds other programs must be busy before tasks pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause once they have been busy for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds tasks stay paused at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then stay paused for at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause while one of these programs runs (a game, for example):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs that pause tasks while they run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause for a program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program’s name as the system lists it (for example steam or blender):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run tasks even where they cannot be shut in a sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recommended: without a sandbox a task could read your files. SpareCycles uses a sandbox wherever this computer can set one up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks slow down as the temperature nears the limit and stop above it, so the computer never runs hotter than you allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor: keep below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor temperature limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphics card: keep below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphics card temperature limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run only while the battery is charged enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run as on mains power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What tasks do on battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On battery:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery charge tasks need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run while charged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a computer without a battery this changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network and payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo network on this computer (its credit has no value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network at this address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo network on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout address (where the network sends what you earn):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0x… (your wallet’s address; you can add it later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the payout address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blockchain node to read your wallet balance from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one your network suggests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell me when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a payout arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks stop because the computer got too hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task fails again and again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network has been out of reach for half an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark icon, for a light panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light icon, for a dark panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tray icon colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tray icon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start SpareCycles when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one hour, or tasks could never run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the network’s address, such as https://hub.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network’s address starts with https:// or http://, such as https://hub.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to another network?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to %1?

Tasks of the network you work for now that have not finished are dropped, and this computer starts on tasks from the new one. The credit you earned stays in your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpareCycles now works for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks may run at any hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tasks may run %n of the 168 hours of a week.</source>
        <translation>
            <numerusform>Tasks may run %n of the 168 hours of a week.</numerusform>
            <numerusform>Tasks may run %n of the 168 hours of a week.</numerusform>
        </translation>
    </message>
    <message>
        <source>Now %1 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer does not report it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No graphics card reports it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let tasks use the graphics card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::ThisPcPage</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure speed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure this computer&apos;s speed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cores, can run %2 tasks at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can run %1 tasks at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1 GHz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 free now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No graphics card that tasks can use was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free disk space:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the SpareCycles folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes. Tasks follow the battery rules in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No (this computer runs on mains power).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 °C now (measured by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer does not report its processor temperature, so SpareCycles cannot slow tasks down when it gets hot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speed of this computer has not been measured yet. It takes a few seconds and runs at low priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Measured on %1 using %n threads. Higher numbers are faster.</source>
        <translation>
            <numerusform>Measured on %1 using %n thread. Higher numbers are faster.</numerusform>
            <numerusform>Measured on %1 using %n threads. Higher numbers are faster.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole-number work:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 million operations per second (one core: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal maths:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB per second (one core: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring… (a few seconds)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::TrayController</name>
    <message>
        <source>SpareCycles menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause for 1 &amp;hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause until &amp;tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause until I &amp;resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;esume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpareCycles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;now for an hour, even while I use the computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tasks running</source>
        <translation>
            <numerusform>%n task running</numerusform>
            <numerusform>%n tasks running</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sc::ui::WalletDialog</name>
    <message>
        <source>Your wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wallet for your payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wallet is where the tokens you earn with this computer&apos;s spare time are paid to; SpareCycles can make one for you and keep its key on this computer. A new wallet comes with 12 recovery words, and those words are the only way back to it if this computer breaks or is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make a new wallet for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have a wallet: bring it in with its recovery &amp;words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have a wallet: bring it in from a wallet &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Web3 keystore (v3) JSON file, as MetaMask, MyEtherWallet or geth save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save a copy of the wallet to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down your 12 recovery words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write these words on paper, in this order, and keep the paper somewhere safe. Anyone who sees them can take everything in the wallet, and nobody, not even SpareCycles, can give them to you again: they are shown only this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A BIP-39 recovery phrase (English word list); the wallet&apos;s first account (m/44&apos;/60&apos;/0&apos;/0/0) receives the payouts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;wrote them down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the words your paper has at these numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste the 12 or 24 recovery words of your wallet, in order, separated by spaces. Payouts will go to the wallet&apos;s first account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A BIP-39 phrase in English; the account used is m/44&apos;/60&apos;/0&apos;/0/0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file your wallet was saved in (MetaMask, MyEtherWallet and SpareCycles save a file ending in .json) and type its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet files (*.json *.keystore);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Web3 keystore (v3) JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of your wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy is a file locked with a password. MetaMask and most other wallets can open it; keep it as safe as your recovery words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the wallet as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written as a Web3 keystore (v3) JSON file, readable only by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An EIP-55 address on an EVM chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for this computer&apos;s keychain… (this can take a few seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpareCycles keeps a wallet for this computer in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its address is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is never replaced, because it holds the key of your payouts; you can save a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no wallet made by SpareCycles here yet, so there is nothing to save. Make one or bring yours in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet&apos;s key will be kept in the system keychain, which your login unlocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keychain, so the wallet will be kept in a file locked with a password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keychain, so the wallet is kept in a file locked with a password. Choose one of at least %1 characters: it is asked for when you save a copy of the wallet. If you forget it, your recovery words still bring the wallet back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy is locked with the password of your wallet. Type it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password for the copy (at least %1 characters); it is needed to open the copy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word %1 is not the word that was shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words %1 are not the words that were shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at your paper and type again. Nothing has been saved. If you did not write the words down, press Cancel and start again for new words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of your wallet is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy holds the key of this address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy is in %1, locked with %2. To use the wallet elsewhere, open that file in MetaMask or another wallet (&quot;import a JSON file&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your wallet&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password you just chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its key is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your paper with the 12 words safe: it is the only way back to this wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until now payouts went to %1; what was paid there stays there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts now go to this address:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::WalletPage</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::WordGrid</name>
    <message>
        <source>Recovery words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
