<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>DataFolder</name>
    <message>
        <source>Cannot create the data folder %1. Check that it is writable.</source>
        <translation>无法创建数据文件夹 %1。请检查其是否可写。</translation>
    </message>
    <message>
        <source>Another SpareCycles engine (process %1) is already using %2.</source>
        <translation>另一个 SpareCycles 引擎（进程 %1）已在使用 %2。</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space and start SpareCycles again.</source>
        <translation>%1 所在的磁盘已满。请释放一些空间后重新启动 SpareCycles。</translation>
    </message>
    <message>
        <source>Cannot write to the data folder %1. Check that it is writable and the disk is not full.</source>
        <translation>无法写入数据文件夹 %1。请检查它是否可写以及磁盘是否已满。</translation>
    </message>
</context>
<context>
    <name>DeviceIdentity</name>
    <message numerus="yes">
        <source>This computer is now a new device on the network, with a new key. %n tasks of the old identity were dropped.</source>
        <translation>
            <numerusform>此计算机现在是网络中的新设备，使用新的密钥。旧身份的 %n 个任务已被丢弃。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot record the device&apos;s identity in %1. Check that the disk is not full.</source>
        <translation>无法在 %1 中记录设备的身份。请检查磁盘是否已满。</translation>
    </message>
    <message>
        <source>The backup copy of the device key could not be written (%1).</source>
        <translation>无法写入设备密钥的备份副本（%1）。</translation>
    </message>
    <message>
        <source>Cannot write the device key in %1. Check that the disk is not full.</source>
        <translation>无法在 %1 中写入设备密钥。请检查磁盘是否已满。</translation>
    </message>
    <message>
        <source>The key in %1 is not the one this computer joined the network with: the file was replaced.</source>
        <translation>%1 中的密钥不是此计算机加入网络时使用的密钥：该文件已被替换。</translation>
    </message>
    <message>
        <source>The device key was damaged; it was restored from its backup copy, and this computer keeps its identity on the network.</source>
        <translation>设备密钥已损坏；已从其备份副本恢复，此计算机保留其在网络中的身份。</translation>
    </message>
    <message>
        <source>The device key was missing; it was restored from its backup copy, and this computer keeps its identity on the network.</source>
        <translation>设备密钥丢失；已从其备份副本恢复，此计算机保留其在网络中的身份。</translation>
    </message>
    <message>
        <source>The device key was restored from the system keychain, and this computer keeps its identity on the network.</source>
        <translation>设备密钥已从系统钥匙串恢复，此计算机保留其在网络中的身份。</translation>
    </message>
    <message>
        <source>Cannot make a device key.</source>
        <translation>无法生成设备密钥。</translation>
    </message>
    <message>
        <source>The key that identifies this computer on the network (%1) is damaged, and no backup copy was found.</source>
        <translation>在网络中标识此计算机的密钥（%1）已损坏，且未找到备份副本。</translation>
    </message>
    <message>
        <source>The key that identifies this computer on the network is missing from %1, and no backup copy was found.</source>
        <translation>在网络中标识此计算机的密钥在 %1 中缺失，且未找到备份副本。</translation>
    </message>
    <message>
        <source>%1 is not a SpareCycles device key (or it is damaged).</source>
        <translation>%1 不是 SpareCycles 设备密钥（或已损坏）。</translation>
    </message>
    <message>
        <source>%1 is a device key, but not this computer&apos;s: it belongs to another device.</source>
        <translation>%1 是设备密钥，但不属于此计算机：它属于另一台设备。</translation>
    </message>
    <message>
        <source>Cannot record the device&apos;s identity in %1.</source>
        <translation>无法在 %1 中记录设备的身份。</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name.</source>
        <translation>%1 已存在；请选择新的文件名。</translation>
    </message>
    <message>
        <source>This computer&apos;s device key cannot be read: %1</source>
        <translation>无法读取此计算机的设备密钥：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of credit not yet paid out and %n unfinished tasks belong to this computer under that key.</source>
        <translation>
            <numerusform>此密钥名下属于此计算机的有：%1 尚未支付的积分和 %n 个未完成的任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of credit not yet paid out belongs to this computer under that key.</source>
        <translation>此密钥名下属于此计算机的有 %1 尚未支付的积分。</translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished tasks belong to this computer under that key.</source>
        <translation>
            <numerusform>此密钥名下属于此计算机的有 %n 个未完成的任务。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvmAddress</name>
    <message>
        <source>This is an example address from a guide, not your wallet&apos;s: payouts sent to it would be lost. Copy the address from your own wallet app.</source>
        <translation>这是指南中的示例地址，不是您钱包的地址：发往该地址的付款将会丢失。请从您自己的钱包应用中复制地址。</translation>
    </message>
    <message>
        <source>An address starts with 0x followed by 40 characters 0–9 and a–f.</source>
        <translation>地址以 0x 开头，后跟 40 个 0–9 和 a–f 的字符。</translation>
    </message>
    <message>
        <source>The capital letters do not match the address&apos;s checksum: there is probably a typo. Copy the address again from your wallet.</source>
        <translation>大写字母与地址的校验和不符：可能有输入错误。请从您的钱包重新复制地址。</translation>
    </message>
</context>
<context>
    <name>FileWalletStore</name>
    <message>
        <source>the password-protected file %1</source>
        <translation>受密码保护的文件 %1</translation>
    </message>
    <message>
        <source>The wallet file needs a password.</source>
        <translation>钱包文件需要密码。</translation>
    </message>
    <message>
        <source>There is a wallet file already: %1. It is never replaced.</source>
        <translation>已有钱包文件：%1。它永远不会被替换。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write the wallet file in %1: %2.</source>
        <translation>无法在 %1 中写入钱包文件：%2。</translation>
    </message>
    <message>
        <source>Cannot write the wallet file %1: %2.</source>
        <translation>无法写入钱包文件 %1：%2。</translation>
    </message>
    <message>
        <source>There is no wallet file %1.</source>
        <translation>钱包文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot open the wallet file %1: %2.</source>
        <translation>无法打开钱包文件 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 不是普通文件。</translation>
    </message>
    <message>
        <source>The wallet file %1 may be read by other users of this computer; make it yours alone (chmod 600 %1) and try again.</source>
        <translation>此电脑的其他用户可以读取钱包文件 %1；请将其设为仅您可读（chmod 600 %1）后重试。</translation>
    </message>
    <message>
        <source>Cannot read the wallet file %1: %2.</source>
        <translation>无法读取钱包文件 %1：%2。</translation>
    </message>
    <message>
        <source>Wrong password for the wallet file.</source>
        <translation>钱包文件的密码错误。</translation>
    </message>
    <message>
        <source>The wallet file %1 cannot be read: %2</source>
        <translation>无法读取钱包文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>HdKey</name>
    <message>
        <source>A wallet seed is 16 to 64 bytes.</source>
        <translation>钱包种子长度为 16 到 64 字节。</translation>
    </message>
    <message>
        <source>The key could not be derived (OpenSSL failed).</source>
        <translation>无法派生密钥（OpenSSL 出错）。</translation>
    </message>
    <message>
        <source>This seed gives no valid master key; use another one.</source>
        <translation>此种子无法生成有效的主密钥；请换一个。</translation>
    </message>
    <message>
        <source>A key path has at most %1 levels.</source>
        <translation>密钥路径最多有 %1 级。</translation>
    </message>
    <message>
        <source>The key could not be derived (secp256k1 failed).</source>
        <translation>无法派生密钥（secp256k1 出错）。</translation>
    </message>
    <message>
        <source>Key index %1 is invalid for this key (a 1 in 2^127 case); use the next one.</source>
        <translation>密钥索引 %1 对此密钥无效（概率为 2^127 分之一）；请使用下一个。</translation>
    </message>
    <message>
        <source>A key path starts with &quot;m&quot;, as in %1.</source>
        <translation>密钥路径以“m”开头，例如 %1。</translation>
    </message>
    <message>
        <source>Level %1 of the key path, &quot;%2&quot;, is not a number from 0 to 2147483647 (followed by &apos; for a hardened level).</source>
        <translation>密钥路径的第 %1 级“%2”不是 0 到 2147483647 之间的数字（强化级别后加 &apos;）。</translation>
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
        <translation>此计算机在网络中的身份需要您来决定</translation>
    </message>
    <message>
        <source>If you saved a copy of the key, put it back to keep everything. Or start as a new device: it starts with no tasks and no credit, and what belongs to the old identity is lost.</source>
        <translation>如果您保存过密钥的副本，请将其放回以保留一切。或者作为新设备启动：它将没有任务、没有积分，属于旧身份的一切都将丢失。</translation>
    </message>
    <message>
        <source>Put a saved copy back…</source>
        <translation>放回已保存的副本…</translation>
    </message>
    <message>
        <source>Start as a new device</source>
        <translation>作为新设备启动</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>The saved copy of the device key</source>
        <translation>设备密钥的已保存副本</translation>
    </message>
    <message>
        <source>Device key (*.pem);;All files (*)</source>
        <translation>设备密钥 (*.pem);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>KeychainWalletStore</name>
    <message numerus="yes">
        <source>The system keychain did not answer within %n seconds.</source>
        <translation>
            <numerusform>系统钥匙串在 %n 秒内没有响应。</numerusform>
        </translation>
    </message>
    <message>
        <source>No system keychain (such as GNOME Keyring or KWallet) is running.</source>
        <translation>没有正在运行的系统钥匙串（如 GNOME Keyring 或 KWallet）。</translation>
    </message>
    <message>
        <source>No system keychain (such as GNOME Keyring or KWallet) is running (%1).</source>
        <translation>没有正在运行的系统钥匙串（如 GNOME Keyring 或 KWallet）（%1）。</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>系统钥匙串</translation>
    </message>
    <message>
        <source>The system keychain holds a wallet for this data folder already.</source>
        <translation>系统钥匙串中已有此数据文件夹的钱包。</translation>
    </message>
    <message>
        <source>The system keychain holds no wallet for this data folder.</source>
        <translation>系统钥匙串中没有此数据文件夹的钱包。</translation>
    </message>
    <message>
        <source>The wallet key in the system keychain is damaged.</source>
        <translation>系统钥匙串中的钱包密钥已损坏。</translation>
    </message>
    <message>
        <source>The system keychain holds no such entry.</source>
        <translation>系统钥匙串中没有这样的条目。</translation>
    </message>
</context>
<context>
    <name>Keystore</name>
    <message>
        <source>These scrypt settings are out of range.</source>
        <translation>这些 scrypt 设置超出范围。</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>系统的随机数生成器出错。</translation>
    </message>
    <message>
        <source>The key could not be encrypted (OpenSSL failed).</source>
        <translation>无法加密密钥（OpenSSL 出错）。</translation>
    </message>
    <message>
        <source>This is not a keystore file (it is far too large).</source>
        <translation>这不是密钥库文件（文件太大）。</translation>
    </message>
    <message>
        <source>This is not a keystore file (it is not JSON).</source>
        <translation>这不是密钥库文件（不是 JSON）。</translation>
    </message>
    <message>
        <source>Only version 3 keystore files can be read.</source>
        <translation>只能读取第 3 版密钥库文件。</translation>
    </message>
    <message>
        <source>The keystore file has no &quot;crypto&quot; section.</source>
        <translation>密钥库文件没有“crypto”部分。</translation>
    </message>
    <message>
        <source>The keystore file uses the cipher &quot;%1&quot;; only aes-128-ctr is supported.</source>
        <translation>密钥库文件使用加密算法“%1”；仅支持 aes-128-ctr。</translation>
    </message>
    <message>
        <source>The keystore file is damaged (its iv, ciphertext or mac is missing or not hex of the right length).</source>
        <translation>密钥库文件已损坏（iv、ciphertext 或 mac 缺失，或不是正确长度的十六进制）。</translation>
    </message>
    <message>
        <source>The keystore file does not hold an Ethereum private key.</source>
        <translation>密钥库文件不包含以太坊私钥。</translation>
    </message>
    <message>
        <source>The keystore file uses the key derivation &quot;%1&quot;; only scrypt and pbkdf2 are supported.</source>
        <translation>密钥库文件使用密钥派生“%1”；仅支持 scrypt 和 pbkdf2。</translation>
    </message>
    <message>
        <source>The keystore file is damaged (its salt or dklen is missing or wrong).</source>
        <translation>密钥库文件已损坏（salt 或 dklen 缺失或错误）。</translation>
    </message>
    <message>
        <source>The keystore file is damaged (scrypt needs n, a power of two, and r and p).</source>
        <translation>密钥库文件已损坏（scrypt 需要 2 的幂 n，以及 r 和 p）。</translation>
    </message>
    <message>
        <source>The keystore file asks for more work than allowed to unlock it (scrypt n=%1 r=%2 p=%3; at most n=%4 and 1 GiB of memory).</source>
        <translation>解锁该密钥库文件所需的计算量超出允许范围（scrypt n=%1 r=%2 p=%3；最多 n=%4 和 1 GiB 内存）。</translation>
    </message>
    <message>
        <source>The key could not be derived (OpenSSL failed).</source>
        <translation>无法派生密钥（OpenSSL 出错）。</translation>
    </message>
    <message>
        <source>The keystore file uses pbkdf2 with &quot;%1&quot;; only hmac-sha256 is supported.</source>
        <translation>密钥库文件使用带“%1”的 pbkdf2；仅支持 hmac-sha256。</translation>
    </message>
    <message>
        <source>The keystore file is damaged (pbkdf2 needs c).</source>
        <translation>密钥库文件已损坏（pbkdf2 需要 c）。</translation>
    </message>
    <message>
        <source>The keystore file asks for more work than allowed to unlock it (pbkdf2 c=%1; at most %2).</source>
        <translation>解锁该密钥库文件所需的计算量超出允许范围（pbkdf2 c=%1；最多 %2）。</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>密码错误。</translation>
    </message>
    <message>
        <source>The key could not be decrypted (OpenSSL failed).</source>
        <translation>无法解密密钥（OpenSSL 出错）。</translation>
    </message>
    <message>
        <source>The keystore file does not hold a valid Ethereum private key.</source>
        <translation>密钥库文件不包含有效的以太坊私钥。</translation>
    </message>
    <message>
        <source>The keystore file names the address %1 but holds the key of %2: it has been altered.</source>
        <translation>密钥库文件标明地址 %1，但包含的是 %2 的密钥：文件已被篡改。</translation>
    </message>
</context>
<context>
    <name>Mnemonic</name>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>系统的随机数生成器出错。</translation>
    </message>
    <message>
        <source>The built-in word list is damaged.</source>
        <translation>内置词表已损坏。</translation>
    </message>
    <message numerus="yes">
        <source>A recovery phrase has 12, 15, 18, 21 or 24 words; this one has %n words.</source>
        <translation>
            <numerusform>恢复短语有 12、15、18、21 或 24 个单词；这个有 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Word %1 has a character that no English recovery word has (only the letters a to z are used).</source>
        <translation>第 %1 个单词含有英文恢复词中没有的字符（只使用字母 a 到 z）。</translation>
    </message>
    <message>
        <source>Word %1, &quot;%2&quot;, is not one of the 2048 English recovery words. Check its spelling.</source>
        <translation>第 %1 个单词“%2”不在 2048 个英文恢复词中。请检查拼写。</translation>
    </message>
    <message>
        <source>Every word is a recovery word, but together they do not check out: a word is probably wrong or in the wrong place.</source>
        <translation>每个单词都是恢复词，但组合起来校验不通过：可能有单词错误或位置不对。</translation>
    </message>
    <message>
        <source>The passphrase may only use plain ASCII characters (letters a to z, digits, punctuation).</source>
        <translation>密码短语只能使用普通 ASCII 字符（字母 a 到 z、数字、标点）。</translation>
    </message>
    <message>
        <source>The recovery phrase could not be turned into a key (OpenSSL failed).</source>
        <translation>无法将恢复短语转换为密钥（OpenSSL 出错）。</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message numerus="yes">
        <source>Waiting until the computer has been idle for %n minutes</source>
        <translation>
            <numerusform>等待电脑空闲 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Running %1 % of the time, as set in Settings (CPU share)</source>
        <translation>按设置运行 %1 % 的时间（CPU 份额）</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Running at %1 % while you use the computer</source>
        <translation>在您使用电脑时以 %1 % 运行</translation>
    </message>
    <message>
        <source>Paused by you until you resume</source>
        <translation>已由您暂停，直到您恢复</translation>
    </message>
    <message>
        <source>Paused by you until %1</source>
        <translation>已由您暂停至 %1</translation>
    </message>
    <message>
        <source>Suspended: running on battery</source>
        <translation>已暂停：正在使用电池供电</translation>
    </message>
    <message>
        <source>Suspended: battery at %1 %, below %2 %</source>
        <translation>已暂停：电池电量 %1 %，低于 %2 %</translation>
    </message>
    <message>
        <source>Suspended: outside the hours you allowed</source>
        <translation>已暂停：不在您允许的时间段内</translation>
    </message>
    <message>
        <source>Suspended: %1 is running</source>
        <translation>已暂停：%1 正在运行</translation>
    </message>
    <message>
        <source>Waiting: this computer does not say when you are away from it. To run anyway, choose to run always in Settings, under “When to run”.</source>
        <translation>等待中：这台电脑不报告您何时离开。要照常运行，请在设置的“何时运行”中选择始终运行。</translation>
    </message>
    <message>
        <source>Suspended: other programs use %1 % of the CPU (limit %2 %)</source>
        <translation>已暂停：其他程序占用 %1 % 的 CPU（上限 %2 %）</translation>
    </message>
    <message>
        <source>Suspended: tasks use more than %1 % of memory</source>
        <translation>已暂停：任务占用超过 %1 % 的内存</translation>
    </message>
    <message>
        <source>Suspended: only %1 free on the disk holding %2; tasks pause while less than %3 is free (Settings). Free some space and they resume.</source>
        <translation>已暂停：存放 %2 的磁盘上只有 %1 可用空间；可用空间少于 %3 时任务暂停（设置）。释放一些空间后它们会继续。</translation>
    </message>
</context>
<context>
    <name>Secp256k1Key</name>
    <message>
        <source>A private key is 32 bytes.</source>
        <translation>私钥长度为 32 字节。</translation>
    </message>
    <message>
        <source>Cannot set up secp256k1 (out of memory or no random numbers).</source>
        <translation>无法设置 secp256k1（内存不足或没有随机数）。</translation>
    </message>
    <message>
        <source>Not a valid secp256k1 private key (zero, or not below the curve order).</source>
        <translation>不是有效的 secp256k1 私钥（为零或不小于曲线阶）。</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>系统的随机数生成器出错。</translation>
    </message>
    <message>
        <source>Cannot open the key file %1: %2.</source>
        <translation>无法打开密钥文件 %1：%2。</translation>
    </message>
    <message>
        <source>The key file %1 is not a regular file.</source>
        <translation>密钥文件 %1 不是普通文件。</translation>
    </message>
    <message>
        <source>The key file %1 can be read by other users (mode %2); allow only its owner with: chmod 600 %1</source>
        <translation>其他用户可以读取密钥文件 %1（模式 %2）；请用以下命令只允许其所有者访问：chmod 600 %1</translation>
    </message>
    <message>
        <source>Cannot read the key file %1.</source>
        <translation>无法读取密钥文件 %1。</translation>
    </message>
    <message>
        <source>The key file %1 must hold exactly 64 hexadecimal digits (0-9, a-f) and a newline.</source>
        <translation>密钥文件 %1 必须正好包含 64 个十六进制数字（0-9、a-f）和一个换行符。</translation>
    </message>
    <message>
        <source>The key file %1 does not hold a usable key: %2</source>
        <translation>密钥文件 %1 不包含可用的密钥：%2</translation>
    </message>
    <message>
        <source>The key file %1 already exists; it is left as it is.</source>
        <translation>密钥文件 %1 已存在；保持不变。</translation>
    </message>
    <message>
        <source>Cannot create the key file %1: %2.</source>
        <translation>无法创建密钥文件 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot write the key file %1 (disk full?).</source>
        <translation>无法写入密钥文件 %1（磁盘已满？）。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Run tasks even while you use the computer (at idle priority).</source>
        <translation>在您使用电脑时也运行任务（以空闲优先级）。</translation>
    </message>
    <message>
        <source>Minutes without keyboard or mouse input before tasks start.</source>
        <translation>无键盘或鼠标输入多少分钟后开始运行任务。</translation>
    </message>
    <message>
        <source>While you use the computer: suspend CPU tasks, or keep them at a reduced share.</source>
        <translation>在您使用电脑时：暂停 CPU 任务，或以较低占比继续运行。</translation>
    </message>
    <message>
        <source>CPU time share (%) for tasks while you use the computer, with &apos;reduced&apos;.</source>
        <translation>在您使用电脑时任务的 CPU 时间占比（%），适用于 &apos;reduced&apos;。</translation>
    </message>
    <message>
        <source>Keep GPU tasks running while you use the computer.</source>
        <translation>在您使用电脑时保持 GPU 任务运行。</translation>
    </message>
    <message>
        <source>CPU time share (%) each task may use while it runs.</source>
        <translation>每个任务运行时可使用的 CPU 时间占比（%）。</translation>
    </message>
    <message>
        <source>Share (%) of the processor&apos;s cores tasks may use.</source>
        <translation>任务可使用的处理器核心占比（%）。</translation>
    </message>
    <message>
        <source>Memory (% of RAM) tasks may use while you use the computer.</source>
        <translation>在您使用电脑时任务可使用的内存（占 RAM 的 %）。</translation>
    </message>
    <message>
        <source>Memory (% of RAM) tasks may use while the computer is idle.</source>
        <translation>电脑空闲时任务可使用的内存（占 RAM 的 %）。</translation>
    </message>
    <message>
        <source>Suspend when other programs use more than this % of the CPU (0 = never).</source>
        <translation>当其他程序的 CPU 占用超过此百分比（%）时暂停（0 = 从不）。</translation>
    </message>
    <message>
        <source>Seconds other programs&apos; load must last before tasks are suspended.</source>
        <translation>其他程序的负载需持续多少秒后才暂停任务。</translation>
    </message>
    <message>
        <source>Once suspended for other programs&apos; load, stay suspended at least this long.</source>
        <translation>因其他程序负载而暂停后，至少保持暂停这么长时间。</translation>
    </message>
    <message>
        <source>Pause while any of these programs runs (comma-separated names, e.g. a game).</source>
        <translation>当这些程序中的任意一个运行时暂停（名称以逗号分隔，例如某个游戏）。</translation>
    </message>
    <message>
        <source>On battery: suspend, run only above battery_min_percent, or run.</source>
        <translation>使用电池时：暂停、仅在电量高于 battery_min_percent 时运行，或照常运行。</translation>
    </message>
    <message>
        <source>With on_battery=below: run on battery only above this charge (%).</source>
        <translation>当 on_battery=below 时：仅在电池电量高于此值（%）时运行。</translation>
    </message>
    <message>
        <source>When tasks may run: &apos;always&apos;, or days and hours like &apos;mon-fri 18-8, sat-sun 0-24&apos;.</source>
        <translation>任务可运行的时间：&apos;always&apos;，或类似 &apos;mon-fri 18-8, sat-sun 0-24&apos; 的日期和小时。</translation>
    </message>
    <message>
        <source>CPU temperature (°C) to hold; tasks slow down before it and stop above it.</source>
        <translation>要保持的 CPU 温度（°C）；接近时任务降速，超过时停止。</translation>
    </message>
    <message>
        <source>GPU temperature (°C) to hold.</source>
        <translation>要保持的 GPU 温度（°C）。</translation>
    </message>
    <message>
        <source>Paused by you until this time (Unix seconds); 0 = not paused.</source>
        <translation>由您暂停至此时间（Unix 秒）；0 = 未暂停。</translation>
    </message>
    <message>
        <source>&apos;Run now&apos;: ignore idle time until this time (Unix seconds).</source>
        <translation>“立即运行”：在此时间之前忽略空闲条件（Unix 秒）。</translation>
    </message>
    <message>
        <source>Notify me when the network has been unreachable for half an hour.</source>
        <translation>网络连续半小时无法连接时通知我。</translation>
    </message>
    <message>
        <source>Notify me when a task fails again and again.</source>
        <translation>任务反复失败时通知我。</translation>
    </message>
    <message>
        <source>Notify me when tasks stop because the processor got too hot.</source>
        <translation>因处理器过热而停止任务时通知我。</translation>
    </message>
    <message>
        <source>Start SpareCycles in the tray when you log in.</source>
        <translation>登录时在系统托盘中启动 SpareCycles。</translation>
    </message>
    <message>
        <source>EVM address (0x…) that receives payouts; empty = decide later.</source>
        <translation>接收支付的 EVM 地址（0x…）；留空 = 稍后决定。</translation>
    </message>
    <message>
        <source>Notify me when a payout arrives.</source>
        <translation>收到付款时通知我。</translation>
    </message>
    <message>
        <source>Colour of the panel the tray icon sits on, so the icon stays visible: auto (GNOME&apos;s top bar is dark; elsewhere the app&apos;s colours), light or dark.</source>
        <translation>托盘图标所在面板的颜色，使图标保持清晰可见：auto（GNOME 顶栏为深色；其他情况下跟随应用的颜色）、light（浅色）或 dark（深色）。</translation>
    </message>
    <message>
        <source>Network: &apos;local&apos; for the demo network on this computer, or a hub address such as https://hub.example.org. The app moves to it at once; tasks of the old network are dropped.</source>
        <translation>网络：&apos;local&apos; 表示本机上的演示网络，或填写中心服务器地址，例如 https://hub.example.org。应用会立即切换过去；旧网络的任务将被丢弃。</translation>
    </message>
    <message>
        <source>Address of a blockchain node to read your wallet balance from, such as https://rpc.example.org; empty = the one your network suggests.</source>
        <translation>用于读取钱包余额的区块链节点地址，例如 https://rpc.example.org；留空则使用网络建议的节点。</translation>
    </message>
    <message>
        <source>Tasks pause while the disk holding SpareCycles&apos; folder has less than this much space free (GB).</source>
        <translation>当存放 SpareCycles 文件夹的磁盘可用空间少于此值（GB）时，任务暂停。</translation>
    </message>
    <message>
        <source>Disk space (GB) tasks may use at most, all together.</source>
        <translation>所有任务合计最多可使用的磁盘空间（GB）。</translation>
    </message>
    <message>
        <source>Where this computer cannot shut tasks in a sandbox, run them anyway. They can then read your files. Not recommended.</source>
        <translation>在此计算机无法将任务隔离在沙箱中时，仍然运行它们。这样它们就能读取您的文件。不推荐。</translation>
    </message>
    <message>
        <source>Language of the app: system, en, de, fr, es, pt_BR, ru, ja or zh_CN.</source>
        <translation>应用的语言：system、en、de、fr、es、pt_BR、ru、ja 或 zh_CN。</translation>
    </message>
    <message>
        <source>Let tasks use the graphics card, where it can run them.</source>
        <translation>允许任务使用显卡（如果显卡可以运行这些任务）。</translation>
    </message>
</context>
<context>
    <name>StatePresenter</name>
    <message>
        <source>Starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <source>Running slower</source>
        <translation>降速运行</translation>
    </message>
    <message>
        <source>Waiting for work</source>
        <translation>等待任务</translation>
    </message>
    <message>
        <source>Waiting until you are away</source>
        <translation>等待您离开电脑</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已暂停运行</translation>
    </message>
    <message>
        <source>Paused by you</source>
        <translation>已由您暂停</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Stopped by an error</source>
        <translation>因错误而停止</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>正在停止</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Waiting for other programs</source>
        <translation>等待其他程序</translation>
    </message>
</context>
<context>
    <name>StatusFile</name>
    <message>
        <source>%1 does not exist; no engine has used it yet.</source>
        <translation>%1 不存在；尚无引擎使用过它。</translation>
    </message>
</context>
<context>
    <name>TaskDescription</name>
    <message>
        <source>Counting primes from %1 to %2</source>
        <translation>统计 %1 到 %2 之间的素数</translation>
    </message>
    <message>
        <source>Counting primes in %1–%2 × 10%3</source>
        <translation>统计 %1–%2 × 10%3 之间的素数</translation>
    </message>
    <message>
        <source>Computing a task for %1</source>
        <translation>为 %1 计算任务</translation>
    </message>
    <message>
        <source>the demo network</source>
        <translation>演示网络</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>剩余不到一分钟</translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>大约剩余 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hours left</source>
        <translation>
            <numerusform>大约剩余 %n 小时</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Uint256</name>
    <message>
        <source>An amount is written with the digits 0–9 and at most one decimal point, like 12 or 1.5.</source>
        <translation>金额由数字 0–9 和最多一个小数点组成，例如 12 或 1.5。</translation>
    </message>
    <message>
        <source>This token has %1 decimal places; the amount has more.</source>
        <translation>此代币有 %1 位小数；该金额的小数位更多。</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>金额太大。</translation>
    </message>
</context>
<context>
    <name>WalletKeeper</name>
    <message>
        <source>%1 Nothing was saved. Close this window and open it again: if the keychain still does not answer, the wallet is kept in a password-protected file instead.</source>
        <translation>%1 未保存任何内容。请关闭此窗口后重新打开：如果钥匙串仍然没有响应，钱包将改为保存在受密码保护的文件中。</translation>
    </message>
    <message>
        <source>%1 Nothing was saved. Check that the disk is not full and try again.</source>
        <translation>%1 未保存任何内容。请检查磁盘是否已满，然后重试。</translation>
    </message>
    <message>
        <source>%1 Nothing was saved.</source>
        <translation>%1 未保存任何内容。</translation>
    </message>
    <message>
        <source>The password is shorter than %1 characters. Choose a longer one.</source>
        <translation>密码短于 %1 个字符。请设置更长的密码。</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the same password in both fields.</source>
        <translation>两次输入的密码不一致。请在两个输入框中输入相同的密码。</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>未保存任何内容。</translation>
    </message>
    <message>
        <source>Choose the wallet file first.</source>
        <translation>请先选择钱包文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Choose another file.</source>
        <translation>无法读取 %1：%2。请选择其他文件。</translation>
    </message>
    <message>
        <source>Unlocking the wallet file… (a few seconds)</source>
        <translation>正在解锁钱包文件…（需要几秒钟）</translation>
    </message>
    <message>
        <source>That is not the password of this file. Type it again; capital letters count.</source>
        <translation>这不是此文件的密码。请重新输入；注意区分大小写。</translation>
    </message>
    <message>
        <source>This file cannot be used: %1 Choose the wallet file itself (it usually ends in .json).</source>
        <translation>无法使用此文件：%1 请选择钱包文件本身（通常以 .json 结尾）。</translation>
    </message>
    <message>
        <source>The wallet&apos;s key could not be made (%1). Nothing was saved.</source>
        <translation>无法生成钱包的密钥（%1）。未保存任何内容。</translation>
    </message>
    <message>
        <source>Locking the wallet file with your password… (a few seconds)</source>
        <translation>正在用您的密码锁定钱包文件…（需要几秒钟）</translation>
    </message>
    <message>
        <source>Saving the wallet in the system keychain…</source>
        <translation>正在将钱包保存到系统钥匙串…</translation>
    </message>
    <message>
        <source>The wallet was saved, but the payout address could not be set: %1</source>
        <translation>钱包已保存，但无法设置收款地址：%1</translation>
    </message>
    <message>
        <source>Choose where to save the copy first.</source>
        <translation>请先选择副本的保存位置。</translation>
    </message>
    <message>
        <source>%1 exists already. Choose another file name: an existing file is never replaced.</source>
        <translation>%1 已存在。请选择其他文件名：已有的文件绝不会被替换。</translation>
    </message>
    <message>
        <source>Type your wallet&apos;s password.</source>
        <translation>请输入您钱包的密码。</translation>
    </message>
    <message>
        <source>Unlocking your wallet file… (a few seconds)</source>
        <translation>正在解锁您的钱包文件…（需要几秒钟）</translation>
    </message>
    <message>
        <source>Asking the system keychain…</source>
        <translation>正在询问系统钥匙串…</translation>
    </message>
    <message>
        <source>That is not your wallet&apos;s password. Type it again; capital letters count.</source>
        <translation>这不是您钱包的密码。请重新输入；注意区分大小写。</translation>
    </message>
    <message>
        <source>Locking the copy with the password… (a few seconds)</source>
        <translation>正在用密码锁定副本…（需要几秒钟）</translation>
    </message>
    <message>
        <source>Cannot save %1: %2. Choose another folder, or check that the disk is not full.</source>
        <translation>无法保存 %1：%2。请选择其他文件夹，或检查磁盘是否已满。</translation>
    </message>
</context>
<context>
    <name>WalletStoreChooser</name>
    <message>
        <source>Your wallet is in %1.</source>
        <translation>您的钱包位于%1。</translation>
    </message>
    <message>
        <source>No system keychain is available.</source>
        <translation>没有可用的系统钥匙串。</translation>
    </message>
    <message>
        <source>%1 The wallet is kept in %2 instead.</source>
        <translation>%1 钱包将改为保存在%2中。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Lends this computer&apos;s idle time to a compute network.</source>
        <translation>将本机的空闲时间出借给计算网络。</translation>
    </message>
    <message>
        <source>Start a demo hub on this computer and use it.</source>
        <translation>在本机启动并使用演示中心服务器。</translation>
    </message>
    <message>
        <source>Hub URL, e.g. https://hub.example.org.</source>
        <translation>中心服务器 URL，例如 https://hub.example.org。</translation>
    </message>
    <message>
        <source>Folder for all state (default %1).</source>
        <translation>存放所有状态数据的文件夹（默认为 %1）。</translation>
    </message>
    <message>
        <source>Start in the tray without opening the dashboard.</source>
        <translation>在系统托盘中启动，不打开仪表板。</translation>
    </message>
    <message>
        <source>Skip the first-run wizard and use the defaults (demo network, run when idle).</source>
        <translation>跳过首次运行向导并使用默认设置（演示网络，空闲时运行）。</translation>
    </message>
    <message>
        <source>use either --local or --hub URL, not both</source>
        <translation>请使用 --local 或 --hub URL 之一，不能同时使用</translation>
    </message>
    <message>
        <source>SpareCycles</source>
        <translation>SpareCycles</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>无法创建数据文件夹 %1。</translation>
    </message>
    <message>
        <source>The demo network could not start: %1</source>
        <translation>演示网络无法启动：%1</translation>
    </message>
    <message>
        <source>SpareCycles could not move to the network %1: %2

It stays on the network it used before.</source>
        <translation>SpareCycles 无法切换到网络 %1：%2

它将继续使用之前的网络。</translation>
    </message>
    <message>
        <source>The demo network&apos;s own blockchain could not start, so it pays nothing until it does: %1</source>
        <translation>演示网络自带的区块链无法启动，因此在它启动之前不会付款：%1</translation>
    </message>
    <message>
        <source>Moving to %1…</source>
        <translation>正在切换到 %1…</translation>
    </message>
</context>
<context>
    <name>sc::chain::ChainClient</name>
    <message>
        <source>The chain&apos;s answer to %1 was larger than this app accepts.</source>
        <translation>区块链对 %1 的答复超出了本应用可接受的大小。</translation>
    </message>
    <message>
        <source>The chain&apos;s address answered HTTP %1, not JSON-RPC.</source>
        <translation>区块链地址返回了 HTTP %1，而不是 JSON-RPC。</translation>
    </message>
    <message>
        <source>The chain&apos;s answer to %1 is not a JSON object.</source>
        <translation>区块链对 %1 的答复不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The chain&apos;s answer to %1 does not match the request.</source>
        <translation>区块链对 %1 的答复与请求不符。</translation>
    </message>
    <message>
        <source>The chain refused %1.</source>
        <translation>区块链拒绝了 %1。</translation>
    </message>
    <message>
        <source>The chain&apos;s answer to %1 has no result.</source>
        <translation>区块链对 %1 的答复没有结果。</translation>
    </message>
    <message>
        <source>The chain sent a malformed chain id.</source>
        <translation>区块链发送了格式错误的链 ID。</translation>
    </message>
    <message>
        <source>The chain sent a malformed block number.</source>
        <translation>区块链发送了格式错误的区块号。</translation>
    </message>
    <message>
        <source>The chain sent malformed call data.</source>
        <translation>区块链发送了格式错误的调用数据。</translation>
    </message>
    <message>
        <source>The chain sent a malformed balance.</source>
        <translation>区块链发送了格式错误的余额。</translation>
    </message>
    <message>
        <source>The chain sent a malformed transaction count.</source>
        <translation>区块链发送了格式错误的交易计数。</translation>
    </message>
    <message>
        <source>The chain sent an implausible gas estimate.</source>
        <translation>区块链发送了不合理的 Gas 估算。</translation>
    </message>
    <message>
        <source>The chain sent a malformed priority fee.</source>
        <translation>区块链发送了格式错误的优先费。</translation>
    </message>
    <message>
        <source>The chain sent a malformed fee history.</source>
        <translation>区块链发送了格式错误的费用历史。</translation>
    </message>
    <message>
        <source>The chain sent a malformed transaction hash.</source>
        <translation>区块链发送了格式错误的交易哈希。</translation>
    </message>
    <message>
        <source>The chain sent a malformed receipt.</source>
        <translation>区块链发送了格式错误的交易回执。</translation>
    </message>
    <message>
        <source>The chain sent a malformed list of logs.</source>
        <translation>区块链发送了格式错误的日志列表。</translation>
    </message>
    <message>
        <source>The chain sent a malformed log entry.</source>
        <translation>区块链发送了格式错误的日志条目。</translation>
    </message>
</context>
<context>
    <name>sc::core::CreditFeed</name>
    <message>
        <source>The hub sent a malformed credit entry; ignoring this page and asking again later.</source>
        <translation>中心服务器发送了格式错误的收益条目；将忽略此页并稍后重新请求。</translation>
    </message>
    <message>
        <source>The hub sent a credit cursor that goes backwards; ignoring it.</source>
        <translation>中心服务器发送了倒退的收益游标；已忽略。</translation>
    </message>
    <message>
        <source>Could not store credits in the ledger; will ask again.</source>
        <translation>无法将收益存入账本；将重新请求。</translation>
    </message>
    <message>
        <source>Payout: %1 sent to your address</source>
        <translation>付款：%1 已发送到您的地址</translation>
    </message>
    <message>
        <source>Payout: %1 reached your address</source>
        <translation>付款：%1 已到达您的地址</translation>
    </message>
    <message>
        <source>Task credited: %1</source>
        <translation>任务已计入：%1</translation>
    </message>
    <message>
        <source>The network judged a task&apos;s result wrong; it earns no credit</source>
        <translation>网络判定某个任务的结果错误；不计收益</translation>
    </message>
    <message>
        <source>If this happens often, check this computer&apos;s memory and cooling.</source>
        <translation>如果经常发生，请检查这台电脑的内存和散热。</translation>
    </message>
</context>
<context>
    <name>sc::core::CurlHttpClient</name>
    <message>
        <source>The address is not a valid http(s) URL (%1)</source>
        <translation>该地址不是有效的 http(s) URL（%1）</translation>
    </message>
    <message>
        <source>Could not find the host %1</source>
        <translation>找不到主机 %1</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>The reply from %1 was still arriving after %2 s (%3 bytes so far): the connection or the server is too slow</source>
        <translation>%2 秒后来自 %1 的回复仍在传输中（目前 %3 字节）：连接或服务器太慢</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 在 %2 秒内没有应答</translation>
    </message>
    <message>
        <source>The secure connection to %1 was not set up within %2 s</source>
        <translation>未能在 %2 秒内建立到 %1 的安全连接</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 s</source>
        <translation>无法在 %2 秒内连接到 %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1)</source>
        <translation>服务器的证书不受信任（%1）</translation>
    </message>
    <message>
        <source>Could not set up a secure connection to %1 (%2)</source>
        <translation>无法建立到 %1 的安全连接（%2）</translation>
    </message>
    <message>
        <source>The request to %1 failed (%2)</source>
        <translation>对 %1 的请求失败（%2）</translation>
    </message>
    <message>
        <source>The reply from %1 is larger than the limit of %2 bytes</source>
        <translation>来自 %1 的回复超过了 %2 字节的上限</translation>
    </message>
    <message>
        <source>The address is not a valid http(s) URL</source>
        <translation>该地址不是有效的 http(s) URL</translation>
    </message>
    <message>
        <source>The request has an invalid header</source>
        <translation>该请求的标头无效</translation>
    </message>
    <message>
        <source>Could not start the request</source>
        <translation>无法发起请求</translation>
    </message>
    <message>
        <source>The request was cancelled</source>
        <translation>请求已取消</translation>
    </message>
</context>
<context>
    <name>sc::core::Engine</name>
    <message>
        <source>Starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>Tasks run in a %1 sandbox: no network, only their own folder writable.</source>
        <translation>任务在 %1 沙箱中运行：无网络访问，只能写入自己的文件夹。</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks will resume from their checkpoints.</source>
        <translation>
            <numerusform>%n 个任务将从其检查点恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n results from an earlier run wait to be reported.</source>
        <translation>
            <numerusform>%n 个先前运行的结果正在等待上报。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Settings changed; applied.</source>
        <translation>设置已更改并已应用。</translation>
    </message>
    <message>
        <source>Stopping tasks (they resume from their checkpoints next time)</source>
        <translation>正在停止任务（下次将从其检查点恢复）</translation>
    </message>
    <message numerus="yes">
        <source>Running %n tasks</source>
        <translation>
            <numerusform>正在运行 %n 个任务</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to the hub at %1</source>
        <translation>正在连接位于 %1 的中心服务器</translation>
    </message>
    <message>
        <source>Preparing tasks</source>
        <translation>正在准备任务</translation>
    </message>
    <message>
        <source>Waiting for work from the hub</source>
        <translation>等待中心服务器分发任务</translation>
    </message>
    <message>
        <source>No engine is running on this data folder.</source>
        <translation>此数据文件夹上没有正在运行的引擎。</translation>
    </message>
    <message>
        <source>No engine has run on this data folder yet.</source>
        <translation>此数据文件夹上尚未运行过任何引擎。</translation>
    </message>
    <message>
        <source>Payout address changed to %1; telling the hub.</source>
        <translation>支付地址已改为 %1；正在通知中心服务器。</translation>
    </message>
    <message>
        <source>Tasks wait for your permission: this computer cannot shut them in a sandbox (%1).</source>
        <translation>任务等待您的许可：此计算机无法将它们隔离在沙箱中（%1）。</translation>
    </message>
    <message>
        <source>This computer cannot shut tasks in a sandbox (%1), where they could not read your files: they wait until you allow them to run without one. Installing bubblewrap is safer.</source>
        <translation>此计算机无法将任务隔离在沙箱中（%1），沙箱可以阻止它们读取您的文件：任务会等待，直到您允许它们在没有沙箱的情况下运行。安装 bubblewrap 更安全。</translation>
    </message>
    <message>
        <source>A task resumed from its checkpoint</source>
        <translation>一个任务已从其检查点继续</translation>
    </message>
    <message>
        <source>Install bubblewrap, or allow tasks to run without a sandbox on the Overview.</source>
        <translation>请安装 bubblewrap，或在概览中允许任务在没有沙盒的情况下运行。</translation>
    </message>
    <message>
        <source>Tasks run without a sandbox (%1). They still run at idle priority in their own folder.</source>
        <translation>任务在没有沙盒的情况下运行（%1）。它们仍以空闲优先级在自己的文件夹中运行。</translation>
    </message>
    <message>
        <source>Install bubblewrap to isolate them.</source>
        <translation>请安装 bubblewrap 以隔离它们。</translation>
    </message>
    <message>
        <source>You paused SpareCycles until you resume it</source>
        <translation>您已暂停 SpareCycles，直到您继续</translation>
    </message>
    <message>
        <source>You paused SpareCycles until %1</source>
        <translation>您已暂停 SpareCycles，直到 %1</translation>
    </message>
    <message>
        <source>You resumed SpareCycles</source>
        <translation>您已继续 SpareCycles</translation>
    </message>
    <message>
        <source>Lost the connection to the network</source>
        <translation>与网络的连接已断开</translation>
    </message>
    <message>
        <source>%1. Check this computer&apos;s internet connection; SpareCycles tries again by itself.</source>
        <translation>%1。请检查这台电脑的网络连接；SpareCycles 会自动重试。</translation>
    </message>
    <message>
        <source>Back online</source>
        <translation>已重新连接</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已暂停运行</translation>
    </message>
    <message>
        <source>Tasks suspended: %1</source>
        <translation>任务已暂停：%1</translation>
    </message>
    <message>
        <source>Tasks resumed (they had waited: %1)</source>
        <translation>任务已继续（之前在等待：%1）</translation>
    </message>
    <message>
        <source>GPU tasks run on the processor here: this computer has no graphics card for them.</source>
        <translation>GPU 任务在此由处理器运行：这台电脑没有可用于它们的显卡。</translation>
    </message>
    <message>
        <source>Tasks can use the graphics card: %1.</source>
        <translation>任务可以使用显卡：%1。</translation>
    </message>
</context>
<context>
    <name>sc::core::Executor</name>
    <message>
        <source>it created more than %1 files in its folder</source>
        <translation>它在其文件夹中创建了超过 %1 个文件</translation>
    </message>
    <message>
        <source>it wrote more than %1 MB into its folder, the most one task may use</source>
        <translation>它向其文件夹写入了超过 %1 MB，这是单个任务可使用的上限</translation>
    </message>
    <message>
        <source>it started more processes and threads than the %1 one task may have</source>
        <translation>它启动的进程和线程超过了单个任务允许的 %1 个</translation>
    </message>
    <message>
        <source>it tried to write a file larger than %1 MB, the most one file may hold</source>
        <translation>它试图写入大于 %1 MB 的文件，这是单个文件的上限</translation>
    </message>
    <message>
        <source>it made a system call that the sandbox forbids</source>
        <translation>它进行了沙箱禁止的系统调用</translation>
    </message>
</context>
<context>
    <name>sc::core::HardwareWatch</name>
    <message>
        <source>This computer&apos;s hardware changed; sending its new profile to the hub.</source>
        <translation>这台电脑的硬件已更改；正在将新的配置信息发送到中心服务器。</translation>
    </message>
    <message>
        <source>Measuring this computer&apos;s speed (a few seconds, at idle priority)…</source>
        <translation>正在测量这台电脑的速度（几秒钟，以空闲优先级运行）…</translation>
    </message>
    <message>
        <source>Speed measured: score %1 (integer %2 Mop/s, floating point %3 Mflop/s, memory %4 GB/s on all cores).</source>
        <translation>速度已测量：得分 %1（整数 %2 Mop/s，浮点 %3 Mflop/s，内存 %4 GB/s，全部核心）。</translation>
    </message>
</context>
<context>
    <name>sc::core::HubSession</name>
    <message>
        <source>The hub does not know this device any more; registering again.</source>
        <translation>中心服务器已不再识别此设备；正在重新注册。</translation>
    </message>
    <message>
        <source>The hub stopped sending work to this device because it returned wrong answers to known tasks. Check the computer&apos;s stability (memory, overclocking), then contact the network.</source>
        <translation>中心服务器已停止向此设备分发任务，因为它对已知任务返回了错误结果。请检查电脑的稳定性（内存、超频），然后联系该网络。</translation>
    </message>
    <message numerus="yes">
        <source>Cannot reach the hub at %1: %2 Retrying in %n seconds.</source>
        <translation>
            <numerusform>无法连接位于 %1 的中心服务器：%2 将在 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The hub at %1 now signs task programs with a different key than when this device first joined. SpareCycles will not run programs it cannot trust. If the network announced a new key, remove the folder %2 to join again.</source>
        <translation>位于 %1 的中心服务器现在使用与此设备首次加入时不同的密钥签名任务程序。SpareCycles 不会运行无法信任的程序。如果该网络已公布新密钥，请删除文件夹 %2 以重新加入。</translation>
    </message>
    <message numerus="yes">
        <source>The hub at %1 answered with an error (HTTP %2): %3 Retrying in %n seconds.</source>
        <translation>
            <numerusform>位于 %1 的中心返回了错误（HTTP %2）：%3 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reply from the hub at %1 was damaged or not as the protocol says: %2 Retrying in %n seconds.</source>
        <translation>
            <numerusform>来自位于 %1 的中心的回复已损坏或不符合协议：%2 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not set up a secure connection to the hub at %1: %2</source>
        <translation>无法建立到位于 %1 的中心的安全连接：%2</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>已连接到 %1。</translation>
    </message>
</context>
<context>
    <name>sc::core::LocalHub</name>
    <message>
        <source>the demo network&apos;s payout key could not be made (%1)</source>
        <translation>无法创建演示网络的付款密钥（%1）</translation>
    </message>
    <message>
        <source>the demo chain is not installed with this copy of SpareCycles</source>
        <translation>此 SpareCycles 副本未安装演示区块链</translation>
    </message>
    <message>
        <source>the demo chain did not start</source>
        <translation>演示区块链未能启动</translation>
    </message>
    <message>
        <source>the demo chain started but did not say where it is</source>
        <translation>演示区块链已启动，但未告知其地址</translation>
    </message>
    <message>
        <source>Cannot start the local hub %1: %2</source>
        <translation>无法启动本地中心 %1：%2</translation>
    </message>
    <message>
        <source>The local hub did not start (it said: %1).</source>
        <translation>本地中心未能启动（提示：%1）。</translation>
    </message>
</context>
<context>
    <name>sc::core::Notifier</name>
    <message>
        <source>Cannot reach the network</source>
        <translation>无法连接网络</translation>
    </message>
    <message numerus="yes">
        <source>SpareCycles has not reached its hub for %n minutes. Finished work is kept and sent when it is back. %1</source>
        <translation>
            <numerusform>SpareCycles 已有 %n 分钟无法连接中心服务器。已完成的工作会保留，连接恢复后发送。%1</numerusform>
        </translation>
    </message>
    <message>
        <source>A task failed repeatedly</source>
        <translation>某个任务反复失败</translation>
    </message>
    <message>
        <source>Task %1 stopped with an error (code %2) three times and was given up. If this happens often, check the computer&apos;s stability.</source>
        <translation>任务 %1 三次出错停止（代码 %2），已放弃。如果经常发生，请检查电脑的稳定性。</translation>
    </message>
    <message>
        <source>Paused to cool down</source>
        <translation>已暂停以降温</translation>
    </message>
    <message>
        <source>The processor reached %1 °C (your limit is %2 °C). Tasks resume when it has cooled down.</source>
        <translation>处理器温度达到 %1 °C（您的上限为 %2 °C）。冷却后任务将继续。</translation>
    </message>
    <message>
        <source>Payout arrived</source>
        <translation>付款已到账</translation>
    </message>
    <message>
        <source>%1 was paid to %2.</source>
        <translation>%1 已支付至 %2。</translation>
    </message>
</context>
<context>
    <name>sc::core::PolicyLoop</name>
    <message>
        <source>Starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Paused: CPU at %1 °C, limit %2 °C</source>
        <translation>已暂停：CPU %1 °C，上限 %2 °C</translation>
    </message>
    <message>
        <source>Paused to cool down: CPU at %1 °C, limit %2 °C</source>
        <translation>为降温已暂停：CPU %1 °C，上限 %2 °C</translation>
    </message>
    <message>
        <source>Slowed to %1 % to keep the CPU under %2 °C (now %3 °C)</source>
        <translation>已降速至 %1 %，以使 CPU 保持在 %2 °C 以下（当前 %3 °C）</translation>
    </message>
    <message>
        <source>Task %1 holds %2 MB, more than the %3 % of memory tasks may use now; it stops at its checkpoint and waits until there is room.</source>
        <translation>任务 %1 占用 %2 MB，超过了任务当前可用内存的 %3 %；它会在检查点停止，等有空间时再继续。</translation>
    </message>
    <message>
        <source>Graphics card work goes on while you use the computer, as set in Settings</source>
        <translation>按照设置，您使用电脑时显卡任务继续运行</translation>
    </message>
    <message>
        <source>Graphics card work is paused while you use the computer (Settings)</source>
        <translation>您使用电脑时，显卡任务已暂停（设置）</translation>
    </message>
    <message>
        <source>Graphics card work is paused to cool down: graphics card at %1 °C, limit %2 °C</source>
        <translation>显卡任务已暂停以降温：显卡 %1 °C，上限 %2 °C</translation>
    </message>
    <message>
        <source>Graphics card work is slowed to %1 % to keep the card under %2 °C (now %3 °C)</source>
        <translation>显卡任务已降至 %1 %，使显卡保持在 %2 °C 以下（当前 %3 °C）</translation>
    </message>
</context>
<context>
    <name>sc::core::ProgramCache</name>
    <message>
        <source>Cannot store the program %1 in %2: %3</source>
        <translation>无法将程序 %1 存储到 %2：%3</translation>
    </message>
    <message>
        <source>Refused the program %1 from the hub: its signature is not from the network&apos;s code-signing key. Its tasks are dropped.</source>
        <translation>已拒绝来自中心的程序 %1：其签名不是来自网络的代码签名密钥。其任务已被丢弃。</translation>
    </message>
    <message>
        <source>The program %1 arrived damaged (%2 bytes whose SHA-256 is not that of the signed program); it is downloaded again.</source>
        <translation>程序 %1 到达时已损坏（%2 字节，其 SHA-256 与已签名的程序不符）；将重新下载。</translation>
    </message>
    <message>
        <source>Refused to start a task: its program %1 is not signed by the network&apos;s code-signing key. The task is dropped.</source>
        <translation>拒绝启动任务：其程序 %1 未经网络的代码签名密钥签名。该任务已被丢弃。</translation>
    </message>
</context>
<context>
    <name>sc::core::Settings</name>
    <message>
        <source>Give &apos;always&apos; or days and hours, e.g. &apos;mon-fri 18-8, sat-sun 0-24&apos;.</source>
        <translation>请输入 &apos;always&apos; 或日期和小时，例如 &apos;mon-fri 18-8, sat-sun 0-24&apos;。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not like &apos;mon-fri 18-8&apos; (days mon…sun, hours 0–24).</source>
        <translation>&apos;%1&apos; 不符合 &apos;mon-fri 18-8&apos; 的格式（日期 mon…sun，小时 0–24）。</translation>
    </message>
    <message>
        <source>There is no setting &apos;%1&apos;. &apos;sparecycles-cli config list&apos; shows them all.</source>
        <translation>不存在设置 &apos;%1&apos;。&apos;sparecycles-cli config list&apos; 可列出所有设置。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a program name (no paths, at most 64 characters).</source>
        <translation>&apos;%1&apos; 不是程序名称（不能含路径，最多 64 个字符）。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The blockchain node&apos;s address starts with https:// or http://, not &apos;%1&apos;.</source>
        <translation>区块链节点地址应以 https:// 或 http:// 开头，而不是“%1”。</translation>
    </message>
    <message>
        <source>Give true or false, not &apos;%1&apos;.</source>
        <translation>请输入 true 或 false，而不是“%1”。</translation>
    </message>
    <message>
        <source>Give a whole number from %1 to %2, not &apos;%3&apos;.</source>
        <translation>请输入 %1 到 %2 之间的整数，而不是“%3”。</translation>
    </message>
    <message>
        <source>Give a number from %1 to %2, not &apos;%3&apos;.</source>
        <translation>请输入 %1 到 %2 之间的数字，而不是“%3”。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the choices.</source>
        <translation>“%1”不是可选项之一。</translation>
    </message>
    <message>
        <source>A network&apos;s address starts with https:// or http://, like https://hub.example.org; &apos;%1&apos; is not one.</source>
        <translation>网络地址以 https:// 或 http:// 开头，例如 https://hub.example.org；“%1”不是。</translation>
    </message>
</context>
<context>
    <name>sc::core::TaskRunner</name>
    <message numerus="yes">
        <source>Received %n tasks from the hub.</source>
        <translation>
            <numerusform>已从中心服务器收到 %n 个任务。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The network changed: %n tasks from the previous network were dropped.</source>
        <translation>
            <numerusform>网络已更改：已丢弃之前网络的 %n 个任务。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took up %n tasks the hub had given this computer that never arrived.</source>
        <translation>
            <numerusform>已接手 %n 个中心分配给本机但从未送达的任务。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave %n tasks back to the hub for other computers.</source>
        <translation>
            <numerusform>已将 %n 个任务交还中心，供其他电脑处理。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dropped %n tasks that the hub no longer expects from this computer.</source>
        <translation>
            <numerusform>已放弃 %n 个中心不再需要本机完成的任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1 free on the disk holding %2; SpareCycles takes no new work while less than %3 is free. Free some space.</source>
        <translation>存放 %2 的磁盘上只有 %1 可用空间；可用空间少于 %3 时 SpareCycles 不接受新工作。请释放一些空间。</translation>
    </message>
    <message>
        <source>Tasks keep %1 in %2, the most they may use (Settings); new work waits until some finish.</source>
        <translation>任务在 %2 中占用了 %1，已达到允许的上限（设置）；新工作将等到部分任务完成。</translation>
    </message>
    <message>
        <source>The hub&apos;s list of held work arrived damaged: task %1 in it does not carry the network&apos;s signature. Nothing of it is used; asking again.</source>
        <translation>中心发来的保留工作列表已损坏：其中的任务 %1 没有网络的签名。其中的内容均不使用；重新请求。</translation>
    </message>
    <message>
        <source>The hub&apos;s answer with new work arrived damaged: task %1 in it does not carry the network&apos;s signature. Nothing of it is used; asking again.</source>
        <translation>中心发来的新工作回复已损坏：其中的任务 %1 没有网络的签名。其中的内容均不使用；重新请求。</translation>
    </message>
    <message>
        <source>Dropped a task: its deadline passed before it could finish.</source>
        <translation>已丢弃一个任务：它在完成前已超过截止时间。</translation>
    </message>
    <message>
        <source>Refused to start a task: the network did not sign it (it is not as the hub issued it). The task is dropped.</source>
        <translation>拒绝启动任务：网络未对其签名（与中心发出的不一致）。该任务已被丢弃。</translation>
    </message>
    <message>
        <source>Cannot start a task: %1</source>
        <translation>无法启动任务：%1</translation>
    </message>
    <message>
        <source>Task started</source>
        <translation>任务已开始</translation>
    </message>
    <message>
        <source>A task was stopped because it broke a limit of its sandbox; the network is told</source>
        <translation>一个任务因超出沙盒限制而被停止；已通知网络</translation>
    </message>
    <message>
        <source>Task finished</source>
        <translation>任务已完成</translation>
    </message>
    <message>
        <source>A task stopped: the disk holding %1 is full (%2 free). It runs again from its checkpoint once there is space.</source>
        <translation>一个任务已停止：存放 %1 的磁盘已满（剩余 %2）。有空间后会从检查点继续运行。</translation>
    </message>
    <message>
        <source>A task stopped and could not be recorded in the task database in %1; trying again later.</source>
        <translation>一个任务已停止，但无法记录到 %1 中的任务数据库；稍后重试。</translation>
    </message>
    <message>
        <source>A task stopped unexpectedly; it runs again from its last checkpoint</source>
        <translation>一个任务意外停止；将从上一个检查点继续运行</translation>
    </message>
    <message>
        <source>Exit code %1.</source>
        <translation>退出代码 %1。</translation>
    </message>
    <message numerus="yes">
        <source>A task failed %n times and was given up; the network is told</source>
        <translation>
            <numerusform>一个任务失败了 %n 次，已放弃；已通知网络</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do: the network gives it to another computer.</source>
        <translation>无需操作：网络会把它交给另一台电脑。</translation>
    </message>
    <message>
        <source>The hub did not accept the result of a task: %1</source>
        <translation>中心未接受某个任务的结果：%1</translation>
    </message>
    <message>
        <source>The hub could not take the result of a task now (%1); trying again later.</source>
        <translation>中心暂时无法接收某个任务的结果（%1）；稍后重试。</translation>
    </message>
    <message>
        <source>Gave a GPU task back to the network: tasks may not use the graphics card.</source>
        <translation>已将一个 GPU 任务交还网络：任务不得使用显卡。</translation>
    </message>
</context>
<context>
    <name>sc::core::WalletWatch</name>
    <message>
        <source>This network names no blockchain node to read your balance from. Add one in Settings (blockchain node address).</source>
        <translation>此网络没有提供用于读取余额的区块链节点。请在设置中添加一个（区块链节点地址）。</translation>
    </message>
    <message>
        <source>The blockchain node %1 did not answer: %2</source>
        <translation>区块链节点 %1 没有响应：%2</translation>
    </message>
    <message>
        <source>The blockchain node %1 is on chain %2, but this network pays on chain %3.</source>
        <translation>区块链节点 %1 位于链 %2，但此网络在链 %3 上付款。</translation>
    </message>
    <message>
        <source>The blockchain node %1 sent a balance that is not a number.</source>
        <translation>区块链节点 %1 发送的余额不是数字。</translation>
    </message>
    <message>
        <source>Reading the wallet balance from %1 failed: %2</source>
        <translation>从 %1 读取钱包余额失败：%2</translation>
    </message>
    <message>
        <source>Could not reach the blockchain node (%1).</source>
        <translation>无法连接区块链节点（%1）。</translation>
    </message>
    <message>
        <source>The blockchain node (%1) gave an answer this app cannot use.</source>
        <translation>区块链节点（%1）返回了本应用无法使用的答复。</translation>
    </message>
</context>
<context>
    <name>sc::ui::ActivityLog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks finished, %1 credited</source>
        <translation>
            <numerusform>%n 个任务已完成，计入 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks finished</source>
        <translation>
            <numerusform>%n 个任务已完成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 credited for %n tasks</source>
        <translation>
            <numerusform>%n 个任务计入 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks started</source>
        <translation>
            <numerusform>%n 个任务已开始</numerusform>
        </translation>
    </message>
    <message>
        <source>A task</source>
        <translation>一个任务</translation>
    </message>
    <message>
        <source>%1: finished, %2 credited</source>
        <translation>%1：已完成，计入 %2</translation>
    </message>
    <message>
        <source>%1: %2 credited</source>
        <translation>%1：计入 %2</translation>
    </message>
    <message>
        <source>%1: finished</source>
        <translation>%1：已完成</translation>
    </message>
    <message>
        <source>%1: started</source>
        <translation>%1：已开始</translation>
    </message>
</context>
<context>
    <name>sc::ui::ActivityPage</name>
    <message>
        <source>Recent activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>What SpareCycles did recently, newest first.</source>
        <translation>SpareCycles 最近做了什么，最新的在前。</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>All activity</source>
        <translation>所有活动</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>仅问题</translation>
    </message>
    <message>
        <source>Copy the lines shown, with their times</source>
        <translation>复制显示的行及其时间</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
</context>
<context>
    <name>sc::ui::BarLineChart</name>
    <message>
        <source>Point at a bar to see its exact values.</source>
        <translation>将指针移到柱形上即可查看精确数值。</translation>
    </message>
    <message>
        <source>Point at the line to see its exact values.</source>
        <translation>指向折线可查看精确数值。</translation>
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
        <translation>页面</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>收益</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1（Ctrl+%2）</translation>
    </message>
</context>
<context>
    <name>sc::ui::EarningsPage</name>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>导出为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Export earnings to a CSV file</source>
        <translation>将收益导出为 CSV 文件</translation>
    </message>
    <message>
        <source>Chart of earnings</source>
        <translation>收益图表</translation>
    </message>
    <message>
        <source>The earnings record could not be opened.</source>
        <translation>无法打开收益记录。</translation>
    </message>
    <message>
        <source>Earned in this period: %1 · In total: %2</source>
        <translation>本期收益：%1 · 总计：%2</translation>
    </message>
    <message>
        <source>Nothing earned in this period yet. Credit appears here once the network has checked the results your computer sent.</source>
        <translation>本期尚无收益。网络验证您电脑提交的结果后，收益将显示在这里。</translation>
    </message>
    <message>
        <source>Earned per day</source>
        <translation>每日收益</translation>
    </message>
    <message>
        <source>Earned per week</source>
        <translation>每周收益</translation>
    </message>
    <message>
        <source>Earned per month</source>
        <translation>每月收益</translation>
    </message>
    <message>
        <source>SCT</source>
        <translation>SCT</translation>
    </message>
    <message>
        <source>Total earned</source>
        <translation>累计收益</translation>
    </message>
    <message>
        <source>Export earnings</source>
        <translation>导出收益</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Waiting for payout: %1 · Paid out: %2</source>
        <translation>待付款：%1 · 已付款：%2</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>No payouts yet. The network sends your credit to your payout address once enough of it is waiting.</source>
        <translation>尚无付款。待付款的积分足够多时，网络会将其发送到您的收款地址。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Failed: the amount is back in Waiting for payout</source>
        <translation>失败：金额已退回“等待付款”</translation>
    </message>
    <message>
        <source>On its way</source>
        <translation>发送中</translation>
    </message>
    <message numerus="yes">
        <source>Confirmed (%n confirmations)</source>
        <translation>
            <numerusform>已确认（%n 次确认）</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the transaction ID</source>
        <translation>复制交易 ID</translation>
    </message>
    <message>
        <source>Copy the full transaction ID, to look it up on the blockchain</source>
        <translation>复制完整的交易 ID，以便在区块链上查询</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Sent by the network; not yet checked on the blockchain</source>
        <translation>网络已发送；尚未在区块链上核实</translation>
    </message>
    <message>
        <source>Failed on the blockchain; the network should pay it again</source>
        <translation>在区块链上失败；网络应重新付款</translation>
    </message>
    <message>
        <source>Not found on the blockchain, although the network says it was paid</source>
        <translation>在区块链上找不到，尽管网络称已付款</translation>
    </message>
    <message>
        <source>On the blockchain this transaction did not pay this amount to your address</source>
        <translation>在区块链上，这笔交易并未向您的地址支付此金额</translation>
    </message>
    <message>
        <source>Earned per period</source>
        <translation>每期收入</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>累计总额</translation>
    </message>
</context>
<context>
    <name>sc::ui::FirstRunWizard</name>
    <message>
        <source>Welcome to SpareCycles</source>
        <translation>欢迎使用 SpareCycles</translation>
    </message>
    <message>
        <source>Lend your computer&apos;s spare time</source>
        <translation>出借您电脑的空闲时间</translation>
    </message>
    <message>
        <source>Which network?</source>
        <translation>选择哪个网络？</translation>
    </message>
    <message>
        <source>A &amp;hub on the internet:</source>
        <translation>互联网上的中心服务器(&amp;H)：</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>中心服务器地址</translation>
    </message>
    <message>
        <source>Where should payouts go?</source>
        <translation>收益支付到哪里？</translation>
    </message>
    <message>
        <source>Payout address</source>
        <translation>收款地址</translation>
    </message>
    <message>
        <source>When may tasks run?</source>
        <translation>任务何时可以运行？</translation>
    </message>
    <message>
        <source>Only when I am &amp;away from the computer (recommended)</source>
        <translation>仅在我离开电脑时（推荐）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Always, at the lowest priority (may make fans louder)</source>
        <translation>始终运行，使用最低优先级（风扇可能变响）(&amp;A)</translation>
    </message>
    <message>
        <source>You can change this any time in Settings, and pause from the tray icon.</source>
        <translation>您可以随时在设置中更改此项，也可以通过系统托盘图标暂停。</translation>
    </message>
    <message>
        <source>All set</source>
        <translation>设置完成</translation>
    </message>
    <message>
        <source>A hub address looks like https://hub.example.org.</source>
        <translation>中心服务器地址形如 https://hub.example.org。</translation>
    </message>
    <message>
        <source>Network: the demo network on this computer.</source>
        <translation>网络：本机上的演示网络。</translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation>网络：%1</translation>
    </message>
    <message>
        <source>Payouts: no address yet.</source>
        <translation>收款：尚未设置地址。</translation>
    </message>
    <message>
        <source>Payouts to: %1</source>
        <translation>收款地址：%1</translation>
    </message>
    <message>
        <source>Tasks run only when you are away.</source>
        <translation>任务仅在您离开电脑时运行。</translation>
    </message>
    <message>
        <source>Tasks run always, at the lowest priority.</source>
        <translation>任务始终以最低优先级运行。</translation>
    </message>
    <message>
        <source>SpareCycles lives in the tray (the icon near the clock). Click it to see what it does and what you earned.</source>
        <translation>SpareCycles 常驻在系统托盘中（时钟旁的图标）。点击该图标即可查看它的运行情况和您的收益。</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>%1 answers, but it is not a SpareCycles hub.</source>
        <translation>%1 有响应，但它不是 SpareCycles 中心服务器。</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>&lt;p&gt;SpareCycles runs small computing tasks for a network while you are away from your computer, and records the credit you earn for them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What it does:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;starts tasks only when you allow it (by default: when you are away);&lt;/li&gt;&lt;li&gt;stops them within a fraction of a second when you come back;&lt;/li&gt;&lt;li&gt;slows down when the processor gets hot or you are on battery.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;What it never does:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;read your files, or let tasks use the network;&lt;/li&gt;&lt;li&gt;run tasks as you or with administrator rights;&lt;/li&gt;&lt;li&gt;ask for your wallet&apos;s secret words or keys: only a wallet you let it make or bring in is kept, on this computer alone.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;SpareCycles 会在您离开电脑时为一个网络运行小型计算任务，并记录您因此获得的收益。&lt;/p&gt;&lt;p&gt;&lt;b&gt;它会：&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;仅在您允许时启动任务（默认：在您离开电脑时）；&lt;/li&gt;&lt;li&gt;在您回来后不到一秒内停止任务；&lt;/li&gt;&lt;li&gt;在处理器过热或使用电池供电时降速。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;它绝不会：&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;读取您的文件，或让任务访问网络；&lt;/li&gt;&lt;li&gt;以您的身份或管理员权限运行任务；&lt;/li&gt;&lt;li&gt;索要您钱包的助记词或私钥：只有您让它创建或导入的钱包才会被保存，且仅保存在本机上。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>The payout address above is this wallet&apos;s.</source>
        <translation>上方的收款地址属于此钱包。</translation>
    </message>
    <message>
        <source>SpareCycles keeps a wallet for you on this computer. You can save a copy of it to a file, which MetaMask and most other wallets open.</source>
        <translation>SpareCycles 在本机上为您保管一个钱包。您可以将它的副本保存为文件，MetaMask 和大多数其他钱包都能打开该文件。</translation>
    </message>
    <message>
        <source>No wallet yet? SpareCycles can make one for you and keep it on this computer; you write down 12 recovery words that bring it back.</source>
        <translation>还没有钱包？SpareCycles 可以为您创建一个并保存在本机上；您需要抄下 12 个助记词，凭它们可以找回钱包。</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>保存副本(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Make one for me…</source>
        <translation>为我创建钱包(&amp;M)…</translation>
    </message>
    <message>
        <source>Quit setup?</source>
        <translation>退出设置？</translation>
    </message>
    <message>
        <source>SpareCycles does not start until setup is finished. Quit setup anyway?</source>
        <translation>设置完成前 SpareCycles 不会启动。仍要退出设置吗？</translation>
    </message>
    <message>
        <source>&amp;Demo network on this computer</source>
        <translation>本机上的演示网络(&amp;D)</translation>
    </message>
    <message>
        <source>To try SpareCycles out: tasks, credit and payouts are real, but they stay on this computer, and its credit has no value.</source>
        <translation>用于试用 SpareCycles：任务、收益和付款都是真实的，但都留在这台电脑上，其收益没有价值。</translation>
    </message>
    <message>
        <source>Give the address of your Ethereum-compatible (EVM) wallet: it starts with 0x and has 42 characters; copy it from your wallet app. Only the address: never your secret words or key. You can leave it empty and add it later.</source>
        <translation>请输入您的以太坊兼容（EVM）钱包地址：以 0x 开头，共 42 个字符；请从钱包应用中复制。只需地址：切勿输入助记词或私钥。可以先留空，以后再添加。</translation>
    </message>
    <message>
        <source>0x… (your wallet’s address, optional)</source>
        <translation>0x…（您的钱包地址，可选）</translation>
    </message>
    <message>
        <source>At &amp;these hours (click or drag to change):</source>
        <translation>在这些时段(&amp;T)（点击或拖动以更改）：</translation>
    </message>
    <message>
        <source>Choose at least one hour, or tasks could never run.</source>
        <translation>请至少选择一个小时，否则任务永远无法运行。</translation>
    </message>
    <message numerus="yes">
        <source>Tasks run only at the hours you chose (%n hours a week).</source>
        <translation>
            <numerusform>任务只在您选择的时段运行（每周 %n 小时）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sc::ui::HistoryPage</name>
    <message>
        <source>The contribution record could not be opened.</source>
        <translation>无法打开贡献记录。</translation>
    </message>
    <message numerus="yes">
        <source>In this period: %1 of processor time, %n tasks finished.</source>
        <translation>
            <numerusform>本期：处理器时间 %1，已完成 %n 个任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your computer has not worked on any task in this period yet. Tasks run when you are away from the computer (see Settings).</source>
        <translation>本期您的电脑尚未处理任何任务。任务会在您离开电脑时运行（见设置）。</translation>
    </message>
    <message>
        <source>Tasks finished</source>
        <translation>已完成任务</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Processor time</source>
        <translation>处理器时间</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message numerus="yes">
        <source>The network accepted %n results</source>
        <translation>
            <numerusform>网络接受了 %n 个结果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and rejected %n (wrong, failed or late).</source>
        <translation>
            <numerusform>拒绝了 %n 个（错误、失败或超时）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>%1 这一周</translation>
    </message>
    <message>
        <source>Minutes of processor time</source>
        <translation>处理器时间（分钟）</translation>
    </message>
    <message>
        <source>Hours of processor time</source>
        <translation>处理器时间（小时）</translation>
    </message>
    <message>
        <source>Chart of the time your computer worked and finished tasks</source>
        <translation>电脑工作时间和已完成任务图表</translation>
    </message>
    <message>
        <source>Processor and graphics card time</source>
        <translation>处理器和显卡时间</translation>
    </message>
    <message numerus="yes">
        <source>In this period: %1 of processor time and %2 of graphics card time, %n tasks finished.</source>
        <translation>
            <numerusform>本期：处理器时间 %1，显卡时间 %2，已完成 %n 个任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>处理器</translation>
    </message>
    <message>
        <source>Graphics card</source>
        <translation>显卡</translation>
    </message>
    <message>
        <source>Minutes of work</source>
        <translation>工作时间（分钟）</translation>
    </message>
    <message>
        <source>Hours of work</source>
        <translation>工作时间（小时）</translation>
    </message>
</context>
<context>
    <name>sc::ui::LiveChart</name>
    <message>
        <source>CPU temperature (°C)</source>
        <translation>CPU 温度（°C）</translation>
    </message>
    <message>
        <source>Share of time tasks run (%)</source>
        <translation>任务运行时间占比（%）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
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
        <translation>正在收集首批测量数据…</translation>
    </message>
    <message>
        <source>Processor used by tasks (% of the computer)</source>
        <translation>任务占用的处理器（占整机的 %）</translation>
    </message>
    <message>
        <source>This computer does not report its processor temperature; only the tasks’ share of time and processor use are shown.</source>
        <translation>这台电脑不报告处理器温度；只显示任务的时间占比和处理器占用。</translation>
    </message>
    <message>
        <source>Graphics card temperature (°C)</source>
        <translation>显卡温度（°C）</translation>
    </message>
    <message>
        <source>This computer does not report its processor temperature; the graphics card’s is shown.</source>
        <translation>这台电脑不报告处理器温度；显示的是显卡温度。</translation>
    </message>
</context>
<context>
    <name>sc::ui::OverviewPage</name>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>收益</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>In total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Last 10 minutes</source>
        <translation>最近 10 分钟</translation>
    </message>
    <message>
        <source>Chart of CPU temperature and task running time over the last 10 minutes</source>
        <translation>最近 10 分钟的 CPU 温度和任务运行时间图表</translation>
    </message>
    <message>
        <source>Tasks on this computer</source>
        <translation>本机上的任务</translation>
    </message>
    <message>
        <source>No task is running right now.</source>
        <translation>目前没有正在运行的任务。</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Waiting for payout</source>
        <translation>待支付</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>已支付</translation>
    </message>
    <message>
        <source>For network fees</source>
        <translation>用于网络手续费</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Read from the blockchain at %1 for %2.</source>
        <translation>于 %1 从区块链读取，地址 %2。</translation>
    </message>
    <message>
        <source>Payout wallet</source>
        <translation>收款钱包</translation>
    </message>
    <message>
        <source>What your payout address holds on the blockchain, including anything it received from elsewhere.</source>
        <translation>您的收款地址在区块链上持有的资产，包括从其他来源收到的部分。</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>No balance of %1 could be read yet.</source>
        <translation>尚未读取到 %1 的余额。</translation>
    </message>
    <message>
        <source>Showing the balance from %1.</source>
        <translation>显示的是 %1 的余额。</translation>
    </message>
    <message>
        <source>%1 %2 Trying again in a minute. Check your internet connection, or change “Blockchain node address” in Settings.</source>
        <translation>%1 %2 一分钟后重试。请检查网络连接，或在设置中更改“区块链节点地址”。</translation>
    </message>
    <message>
        <source>Reading the balance of %1 from the blockchain…</source>
        <translation>正在从区块链读取 %1 的余额…</translation>
    </message>
    <message>
        <source>Run tasks without a sandbox…</source>
        <translation>在没有沙箱的情况下运行任务…</translation>
    </message>
    <message>
        <source>Waiting for your permission</source>
        <translation>等待您的许可</translation>
    </message>
    <message>
        <source>Run tasks without a sandbox?</source>
        <translation>在没有沙箱的情况下运行任务？</translation>
    </message>
    <message>
        <source>Tasks come from the network&apos;s strangers. Without a sandbox they run as you: they could read your files and use the network. They still run only when you are away and at the lowest priority.

Installing bubblewrap is safer. You can turn this off again in Settings.</source>
        <translation>任务来自网络中的陌生人。没有沙箱时，它们以您的身份运行：可能读取您的文件并使用网络。它们仍然只在您离开时以最低优先级运行。

安装 bubblewrap 更安全。您可以在设置中再次关闭此选项。</translation>
    </message>
    <message>
        <source>Run without a sandbox</source>
        <translation>在没有沙箱的情况下运行</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>Tasks wait where they stopped and go on from there when you resume.</source>
        <translation>任务会停在原处，继续后从那里接着运行。</translation>
    </message>
    <message>
        <source>Paused until you resume</source>
        <translation>已暂停，直到您继续</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>暂停至 %1</translation>
    </message>
    <message>
        <source>Running now until %1, even while you use the computer</source>
        <translation>立即运行至 %1，即使您正在使用电脑</translation>
    </message>
    <message>
        <source>A task</source>
        <translation>一个任务</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2, suspended</source>
        <translation>%1 — %2，已暂停</translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <translation>%1 — %2 · %3</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>%1 的进度</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>Time worked in the last 7 days</source>
        <translation>最近 7 天的工作时间</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>处理器</translation>
    </message>
    <message>
        <source>Graphics card</source>
        <translation>显卡</translation>
    </message>
</context>
<context>
    <name>sc::ui::RangeSelector</name>
    <message>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 天</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 年</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>显示 %1</translation>
    </message>
</context>
<context>
    <name>sc::ui::ScheduleGrid</name>
    <message>
        <source>Hours when tasks may run</source>
        <translation>允许任务运行的时段</translation>
    </message>
    <message>
        <source>A week, one row per day and one column per hour. Filled hours are when tasks may run. Arrow keys move, Space switches an hour.</source>
        <translation>一周，每天一行，每小时一列。填充的时段表示允许任务运行。方向键移动，空格键切换一个小时。</translation>
    </message>
</context>
<context>
    <name>sc::ui::SettingsPage</name>
    <message>
        <source>Payout address</source>
        <translation>收款地址</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Blockchain node address</source>
        <translation>区块链节点地址</translation>
    </message>
    <message>
        <source>Create or import a wallet…</source>
        <translation>创建或导入钱包…</translation>
    </message>
    <message>
        <source>No wallet yet? SpareCycles can make one for you, or bring in one you have from its recovery words or a wallet file.</source>
        <translation>还没有钱包？SpareCycles 可以为您创建一个，也可以通过助记词或钱包文件导入您已有的钱包。</translation>
    </message>
    <message>
        <source>Export wallet…</source>
        <translation>导出钱包…</translation>
    </message>
    <message>
        <source>Save a copy of the wallet SpareCycles holds to a file locked with a password.</source>
        <translation>将 SpareCycles 保管的钱包副本保存为受密码保护的文件。</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>切换</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>Restore the defaults of “%1”</source>
        <translation>恢复“%1”的默认设置</translation>
    </message>
    <message>
        <source>Puts every choice in “%1” back as SpareCycles came.</source>
        <translation>将“%1”中的每项选择恢复为 SpareCycles 的初始设置。</translation>
    </message>
    <message>
        <source>When to run</source>
        <translation>何时运行</translation>
    </message>
    <message>
        <source>Only while I’m away from the computer</source>
        <translation>仅在我离开电脑时</translation>
    </message>
    <message>
        <source>Start after I have been away for</source>
        <translation>离开后开始运行的时间</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Minutes away before tasks start</source>
        <translation>任务开始前的离开分钟数</translation>
    </message>
    <message>
        <source>Always, but slowed down while I use the computer</source>
        <translation>始终运行，但在我使用电脑时降低速度</translation>
    </message>
    <message>
        <source>While I use it, tasks get</source>
        <translation>我使用电脑时，任务可获得</translation>
    </message>
    <message>
        <source>%1 % of the processor time</source>
        <translation>%1% 的处理器时间</translation>
    </message>
    <message>
        <source>Processor time for tasks while you use the computer</source>
        <translation>您使用电脑时任务可用的处理器时间</translation>
    </message>
    <message>
        <source>Always, at full speed</source>
        <translation>始终全速运行</translation>
    </message>
    <message>
        <source>Tasks always run at the lowest priority, so the programs you use come first.</source>
        <translation>任务始终以最低优先级运行，您使用的程序优先。</translation>
    </message>
    <message>
        <source>Also use the graphics card while I use the computer</source>
        <translation>我使用电脑时也使用显卡</translation>
    </message>
    <message>
        <source>Hours when tasks may run (click or drag to change):</source>
        <translation>允许任务运行的时段（点击或拖动以更改）：</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>任何时间</translation>
    </message>
    <message>
        <source>Allow every hour of the week.</source>
        <translation>允许一周中的每个小时。</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>Processor cores tasks may use</source>
        <translation>任务可用的处理器核心</translation>
    </message>
    <message numerus="yes">
        <source>of %n cores</source>
        <translation>
            <numerusform>共 %n 个核心</numerusform>
        </translation>
    </message>
    <message>
        <source>Processor cores:</source>
        <translation>处理器核心：</translation>
    </message>
    <message>
        <source>Processor time:</source>
        <translation>处理器时间：</translation>
    </message>
    <message>
        <source>Processor time each task may use</source>
        <translation>每个任务可用的处理器时间</translation>
    </message>
    <message>
        <source>%1 % of each core&apos;s time</source>
        <translation>每个核心 %1% 的时间</translation>
    </message>
    <message>
        <source>Memory while I use the computer:</source>
        <translation>我使用电脑时的内存：</translation>
    </message>
    <message>
        <source>Memory tasks may use while you use the computer</source>
        <translation>您使用电脑时任务可用的内存</translation>
    </message>
    <message>
        <source>%1 % (%2)</source>
        <translation>%1%（%2）</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Memory while I’m away:</source>
        <translation>我离开时的内存：</translation>
    </message>
    <message>
        <source>Memory tasks may use while you are away</source>
        <translation>您离开时任务可用的内存</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>Disk space always left free</source>
        <translation>始终保留的磁盘空间</translation>
    </message>
    <message>
        <source>Always leave free on the disk:</source>
        <translation>磁盘上始终保留：</translation>
    </message>
    <message>
        <source>Disk space tasks may use at most</source>
        <translation>任务最多可用的磁盘空间</translation>
    </message>
    <message>
        <source>Disk space for tasks, at most:</source>
        <translation>任务可用磁盘空间上限：</translation>
    </message>
    <message>
        <source>Pause tasks while other programs keep the processor busy</source>
        <translation>其他程序占用处理器时暂停任务</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>above %1 % of the processor</source>
        <translation>超过处理器的 %1%</translation>
    </message>
    <message>
        <source>How busy other programs must keep the processor</source>
        <translation>其他程序需要占用处理器的程度</translation>
    </message>
    <message>
        <source>When they use</source>
        <translation>当它们占用</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Seconds other programs must be busy before tasks pause</source>
        <translation>任务暂停前其他程序需忙碌的秒数</translation>
    </message>
    <message>
        <source>Pause once they have been busy for:</source>
        <translation>它们忙碌这么久后暂停：</translation>
    </message>
    <message>
        <source>Seconds tasks stay paused at least</source>
        <translation>任务至少保持暂停的秒数</translation>
    </message>
    <message>
        <source>Then stay paused for at least:</source>
        <translation>然后至少暂停：</translation>
    </message>
    <message>
        <source>Pause while one of these programs runs (a game, for example):</source>
        <translation>以下程序运行时暂停（例如游戏）：</translation>
    </message>
    <message>
        <source>Programs that pause tasks while they run</source>
        <translation>运行时会暂停任务的程序</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Pause for a program</source>
        <translation>为某个程序暂停</translation>
    </message>
    <message>
        <source>The program’s name as the system lists it (for example steam or blender):</source>
        <translation>系统中列出的程序名称（例如 steam 或 blender）：</translation>
    </message>
    <message>
        <source>Run tasks even where they cannot be shut in a sandbox</source>
        <translation>即使无法放入沙盒也运行任务</translation>
    </message>
    <message>
        <source>Not recommended: without a sandbox a task could read your files. SpareCycles uses a sandbox wherever this computer can set one up.</source>
        <translation>不推荐：没有沙盒时任务可能读取您的文件。只要这台电脑能设置沙盒，SpareCycles 就会使用。</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Tasks slow down as the temperature nears the limit and stop above it, so the computer never runs hotter than you allow.</source>
        <translation>温度接近上限时任务会放慢，超过上限则停止，电脑的温度绝不会超出您允许的范围。</translation>
    </message>
    <message>
        <source> °C</source>
        <translation> °C</translation>
    </message>
    <message>
        <source>Processor: keep below</source>
        <translation>处理器：保持低于</translation>
    </message>
    <message>
        <source>Processor temperature limit</source>
        <translation>处理器温度上限</translation>
    </message>
    <message>
        <source>Graphics card: keep below</source>
        <translation>显卡：保持低于</translation>
    </message>
    <message>
        <source>Graphics card temperature limit</source>
        <translation>显卡温度上限</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>电池</translation>
    </message>
    <message>
        <source>Pause tasks</source>
        <translation>暂停任务</translation>
    </message>
    <message>
        <source>Run only while the battery is charged enough</source>
        <translation>仅在电量充足时运行</translation>
    </message>
    <message>
        <source>Run as on mains power</source>
        <translation>与接通电源时一样运行</translation>
    </message>
    <message>
        <source>What tasks do on battery</source>
        <translation>使用电池时任务的行为</translation>
    </message>
    <message>
        <source>On battery:</source>
        <translation>使用电池时：</translation>
    </message>
    <message>
        <source>above %1 %</source>
        <translation>高于 %1%</translation>
    </message>
    <message>
        <source>Battery charge tasks need</source>
        <translation>任务所需的电池电量</translation>
    </message>
    <message>
        <source>Run while charged:</source>
        <translation>电量为以下时运行：</translation>
    </message>
    <message>
        <source>On a computer without a battery this changes nothing.</source>
        <translation>在没有电池的电脑上，此项无影响。</translation>
    </message>
    <message>
        <source>Network and payout</source>
        <translation>网络与付款</translation>
    </message>
    <message>
        <source>Work for:</source>
        <translation>为以下网络工作：</translation>
    </message>
    <message>
        <source>The demo network on this computer (its credit has no value)</source>
        <translation>本机上的演示网络（其收益没有价值）</translation>
    </message>
    <message>
        <source>The network at this address:</source>
        <translation>此地址的网络：</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Address of the network</source>
        <translation>网络地址</translation>
    </message>
    <message>
        <source>&amp;Join…</source>
        <translation>加入(&amp;J)…</translation>
    </message>
    <message>
        <source>the demo network on this computer</source>
        <translation>本机上的演示网络</translation>
    </message>
    <message>
        <source>Payout address (where the network sends what you earn):</source>
        <translation>付款地址（网络将您的收益发送到此处）：</translation>
    </message>
    <message>
        <source>0x… (your wallet’s address; you can add it later)</source>
        <translation>0x…（您的钱包地址；可以以后再添加）</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the payout address</source>
        <translation>复制付款地址</translation>
    </message>
    <message>
        <source>Blockchain node to read your wallet balance from:</source>
        <translation>读取钱包余额的区块链节点：</translation>
    </message>
    <message>
        <source>The one your network suggests</source>
        <translation>您的网络建议的节点</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Tell me when:</source>
        <translation>在以下情况通知我：</translation>
    </message>
    <message>
        <source>a payout arrives</source>
        <translation>收到付款</translation>
    </message>
    <message>
        <source>tasks stop because the computer got too hot</source>
        <translation>电脑过热导致任务停止</translation>
    </message>
    <message>
        <source>a task fails again and again</source>
        <translation>某个任务反复失败</translation>
    </message>
    <message>
        <source>the network has been out of reach for half an hour</source>
        <translation>网络已半小时无法连接</translation>
    </message>
    <message>
        <source>App</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Dark icon, for a light panel</source>
        <translation>深色图标，适用于浅色面板</translation>
    </message>
    <message>
        <source>Light icon, for a dark panel</source>
        <translation>浅色图标，适用于深色面板</translation>
    </message>
    <message>
        <source>Tray icon colour</source>
        <translation>托盘图标颜色</translation>
    </message>
    <message>
        <source>Tray icon:</source>
        <translation>托盘图标：</translation>
    </message>
    <message>
        <source>Start SpareCycles when I log in</source>
        <translation>登录时启动 SpareCycles</translation>
    </message>
    <message>
        <source>Choose at least one hour, or tasks could never run.</source>
        <translation>请至少选择一个小时，否则任务永远无法运行。</translation>
    </message>
    <message>
        <source>Type the network’s address, such as https://hub.example.org.</source>
        <translation>请输入网络地址，例如 https://hub.example.org。</translation>
    </message>
    <message>
        <source>A network’s address starts with https:// or http://, such as https://hub.example.org.</source>
        <translation>网络地址以 https:// 或 http:// 开头，例如 https://hub.example.org。</translation>
    </message>
    <message>
        <source>Move to another network?</source>
        <translation>切换到其他网络？</translation>
    </message>
    <message>
        <source>Move to %1?

Tasks of the network you work for now that have not finished are dropped, and this computer starts on tasks from the new one. The credit you earned stays in your history.</source>
        <translation>切换到 %1？

您当前所在网络中未完成的任务将被丢弃，这台电脑将开始处理新网络的任务。您已获得的收益仍保留在历史记录中。</translation>
    </message>
    <message>
        <source>SpareCycles now works for %1.</source>
        <translation>SpareCycles 现在为 %1 工作。</translation>
    </message>
    <message>
        <source>Go back to %1</source>
        <translation>返回 %1</translation>
    </message>
    <message>
        <source>Tasks may run at any hour.</source>
        <translation>任务可在任何时段运行。</translation>
    </message>
    <message numerus="yes">
        <source>Tasks may run %n of the 168 hours of a week.</source>
        <translation>
            <numerusform>任务可在一周 168 小时中的 %n 小时运行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Now %1 °C</source>
        <translation>当前 %1 °C</translation>
    </message>
    <message>
        <source>This computer does not report it</source>
        <translation>这台电脑不报告此项</translation>
    </message>
    <message>
        <source>No graphics card reports it</source>
        <translation>没有显卡报告此项</translation>
    </message>
    <message>
        <source>Let tasks use the graphics card</source>
        <translation>允许任务使用显卡</translation>
    </message>
</context>
<context>
    <name>sc::ui::ThisPcPage</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Your computer</source>
        <translation>您的电脑</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>&amp;Measure speed now</source>
        <translation>立即测速(&amp;M)</translation>
    </message>
    <message>
        <source>Measure this computer&apos;s speed now</source>
        <translation>立即测量本机速度</translation>
    </message>
    <message>
        <source>Unknown processor</source>
        <translation>未知处理器</translation>
    </message>
    <message>
        <source>%1 cores, can run %2 tasks at once</source>
        <translation>%1 个核心，可同时运行 %2 个任务</translation>
    </message>
    <message>
        <source>can run %1 tasks at once</source>
        <translation>可同时运行 %1 个任务</translation>
    </message>
    <message>
        <source>up to %1 GHz</source>
        <translation>最高 %1 GHz</translation>
    </message>
    <message>
        <source>Processor:</source>
        <translation>处理器：</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>内存：</translation>
    </message>
    <message>
        <source>%1 (%2 free now)</source>
        <translation>%1（当前可用 %2）</translation>
    </message>
    <message>
        <source>, %1 memory</source>
        <translation>，显存 %1</translation>
    </message>
    <message>
        <source>Graphics:</source>
        <translation>显卡：</translation>
    </message>
    <message>
        <source>No graphics card that tasks can use was found.</source>
        <translation>未找到任务可使用的显卡。</translation>
    </message>
    <message>
        <source>Free disk space:</source>
        <translation>可用磁盘空间：</translation>
    </message>
    <message>
        <source>%1 in the SpareCycles folder</source>
        <translation>%1（SpareCycles 文件夹所在位置）</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>系统：</translation>
    </message>
    <message>
        <source>Battery:</source>
        <translation>电池：</translation>
    </message>
    <message>
        <source>Yes. Tasks follow the battery rules in Settings.</source>
        <translation>有。任务遵循设置中的电池规则。</translation>
    </message>
    <message>
        <source>No (this computer runs on mains power).</source>
        <translation>无（本机使用市电供电）。</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>温度：</translation>
    </message>
    <message>
        <source>%1 °C now (measured by %2)</source>
        <translation>当前 %1 °C（由 %2 测量）</translation>
    </message>
    <message>
        <source>This computer does not report its processor temperature, so SpareCycles cannot slow tasks down when it gets hot.</source>
        <translation>本机不报告处理器温度，因此 SpareCycles 无法在其过热时为任务降速。</translation>
    </message>
    <message>
        <source>The speed of this computer has not been measured yet. It takes a few seconds and runs at low priority.</source>
        <translation>尚未测量本机速度。测量需要几秒钟，并以低优先级运行。</translation>
    </message>
    <message numerus="yes">
        <source>Measured on %1 using %n threads. Higher numbers are faster.</source>
        <translation>
            <numerusform>于 %1 使用 %n 个线程测得。数值越高越快。</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall score:</source>
        <translation>总分：</translation>
    </message>
    <message>
        <source>Whole-number work:</source>
        <translation>整数运算：</translation>
    </message>
    <message>
        <source>%1 million operations per second (one core: %2)</source>
        <translation>每秒 %1 百万次运算（单核：%2）</translation>
    </message>
    <message>
        <source>Decimal maths:</source>
        <translation>浮点运算：</translation>
    </message>
    <message>
        <source>Memory speed:</source>
        <translation>内存速度：</translation>
    </message>
    <message>
        <source>%1 GB per second (one core: %2)</source>
        <translation>每秒 %1 GB（单核：%2）</translation>
    </message>
    <message>
        <source>Measuring… (a few seconds)</source>
        <translation>正在测量…（需要几秒钟）</translation>
    </message>
</context>
<context>
    <name>sc::ui::TrayController</name>
    <message>
        <source>SpareCycles menu</source>
        <translation>SpareCycles 菜单</translation>
    </message>
    <message>
        <source>&amp;Open dashboard</source>
        <translation>打开仪表板(&amp;O)</translation>
    </message>
    <message>
        <source>Pause for 1 &amp;hour</source>
        <translation>暂停 1 小时(&amp;H)</translation>
    </message>
    <message>
        <source>Pause until &amp;tomorrow</source>
        <translation>暂停到明天(&amp;T)</translation>
    </message>
    <message>
        <source>Pause until I &amp;resume</source>
        <translation>暂停，直到我恢复(&amp;R)</translation>
    </message>
    <message>
        <source>R&amp;esume</source>
        <translation>恢复(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>SpareCycles: %1</source>
        <translation>SpareCycles：%1</translation>
    </message>
    <message>
        <source>Earned today: %1</source>
        <translation>今日收益：%1</translation>
    </message>
    <message>
        <source>Run &amp;now for an hour, even while I use the computer</source>
        <translation>立即运行一小时，即使我正在使用电脑(&amp;N)</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks running</source>
        <translation>
            <numerusform>%n 个任务正在运行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sc::ui::WalletDialog</name>
    <message>
        <source>Your wallet</source>
        <translation>您的钱包</translation>
    </message>
    <message>
        <source>A wallet for your payouts</source>
        <translation>用于收款的钱包</translation>
    </message>
    <message>
        <source>A wallet is where the tokens you earn with this computer&apos;s spare time are paid to; SpareCycles can make one for you and keep its key on this computer. A new wallet comes with 12 recovery words, and those words are the only way back to it if this computer breaks or is lost.</source>
        <translation>钱包用于接收您利用这台电脑的空闲时间赚取的代币；SpareCycles 可以为您创建一个钱包，并将其密钥保存在本机上。新钱包附带 12 个助记词，如果这台电脑损坏或丢失，这些助记词是找回钱包的唯一途径。</translation>
    </message>
    <message>
        <source>&amp;Make a new wallet for me</source>
        <translation>为我创建新钱包(&amp;M)</translation>
    </message>
    <message>
        <source>I have a wallet: bring it in with its recovery &amp;words</source>
        <translation>我已有钱包：用助记词导入(&amp;W)</translation>
    </message>
    <message>
        <source>I have a wallet: bring it in from a wallet &amp;file</source>
        <translation>我已有钱包：从钱包文件导入(&amp;F)</translation>
    </message>
    <message>
        <source>A Web3 keystore (v3) JSON file, as MetaMask, MyEtherWallet or geth save it.</source>
        <translation>Web3 keystore (v3) 格式的 JSON 文件，MetaMask、MyEtherWallet 或 geth 保存的就是这种文件。</translation>
    </message>
    <message>
        <source>&amp;Save a copy of the wallet to a file</source>
        <translation>将钱包副本保存为文件(&amp;S)</translation>
    </message>
    <message>
        <source>Write down your 12 recovery words</source>
        <translation>抄下您的 12 个助记词</translation>
    </message>
    <message>
        <source>Write these words on paper, in this order, and keep the paper somewhere safe. Anyone who sees them can take everything in the wallet, and nobody, not even SpareCycles, can give them to you again: they are shown only this once.</source>
        <translation>请按顺序将这些词抄写在纸上，并把纸放在安全的地方。任何看到它们的人都能拿走钱包里的全部资产，而且没有人（包括 SpareCycles）能再次提供给您：它们只显示这一次。</translation>
    </message>
    <message>
        <source>A BIP-39 recovery phrase (English word list); the wallet&apos;s first account (m/44&apos;/60&apos;/0&apos;/0/0) receives the payouts.</source>
        <translation>BIP-39 助记词（英文词表）；钱包的第一个账户（m/44&apos;/60&apos;/0&apos;/0/0）接收付款。</translation>
    </message>
    <message>
        <source>I &amp;wrote them down</source>
        <translation>我已抄下(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Check your paper</source>
        <translation>核对您抄下的词</translation>
    </message>
    <message>
        <source>Type the words your paper has at these numbers.</source>
        <translation>请输入纸上这些编号对应的词。</translation>
    </message>
    <message>
        <source>Choose a password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再次输入(&amp;A)：</translation>
    </message>
    <message>
        <source>Your recovery words</source>
        <translation>您的助记词</translation>
    </message>
    <message>
        <source>Type or paste the 12 or 24 recovery words of your wallet, in order, separated by spaces. Payouts will go to the wallet&apos;s first account.</source>
        <translation>请按顺序输入或粘贴您钱包的 12 个或 24 个助记词，以空格分隔。付款将发送到该钱包的第一个账户。</translation>
    </message>
    <message>
        <source>Recovery words</source>
        <translation>助记词</translation>
    </message>
    <message>
        <source>A BIP-39 phrase in English; the account used is m/44&apos;/60&apos;/0&apos;/0/0.</source>
        <translation>英文 BIP-39 助记词；使用的账户为 m/44&apos;/60&apos;/0&apos;/0/0。</translation>
    </message>
    <message>
        <source>Your wallet file</source>
        <translation>您的钱包文件</translation>
    </message>
    <message>
        <source>Choose the file your wallet was saved in (MetaMask, MyEtherWallet and SpareCycles save a file ending in .json) and type its password.</source>
        <translation>请选择保存您钱包的文件（MetaMask、MyEtherWallet 和 SpareCycles 保存的文件以 .json 结尾），并输入该文件的密码。</translation>
    </message>
    <message>
        <source>Wallet &amp;file:</source>
        <translation>钱包文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Wallet file</source>
        <translation>钱包文件</translation>
    </message>
    <message>
        <source>Wallet files (*.json *.keystore);;All files (*)</source>
        <translation>钱包文件 (*.json *.keystore);;所有文件 (*)</translation>
    </message>
    <message>
        <source>A Web3 keystore (v3) JSON file.</source>
        <translation>Web3 keystore (v3) 格式的 JSON 文件。</translation>
    </message>
    <message>
        <source>Password of the file</source>
        <translation>文件的密码</translation>
    </message>
    <message>
        <source>Save a copy of your wallet</source>
        <translation>保存钱包副本</translation>
    </message>
    <message>
        <source>The copy is a file locked with a password. MetaMask and most other wallets can open it; keep it as safe as your recovery words.</source>
        <translation>副本是一个受密码保护的文件。MetaMask 和大多数其他钱包都能打开它；请像保管助记词一样妥善保管它。</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>另存为(&amp;A)：</translation>
    </message>
    <message>
        <source>Save the wallet as</source>
        <translation>将钱包另存为</translation>
    </message>
    <message>
        <source>Wallet files (*.json)</source>
        <translation>钱包文件 (*.json)</translation>
    </message>
    <message>
        <source>Written as a Web3 keystore (v3) JSON file, readable only by you.</source>
        <translation>以 Web3 keystore (v3) JSON 文件格式写入，只有您能读取。</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>再次输入相同的密码</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>An EIP-55 address on an EVM chain.</source>
        <translation>EVM 链上的 EIP-55 地址。</translation>
    </message>
    <message>
        <source>Looking for this computer&apos;s keychain… (this can take a few seconds)</source>
        <translation>正在查找本机的钥匙串…（可能需要几秒钟）</translation>
    </message>
    <message>
        <source>SpareCycles keeps a wallet for this computer in %1.</source>
        <translation>SpareCycles 将本机的钱包保存在 %1 中。</translation>
    </message>
    <message>
        <source>Its address is %1.</source>
        <translation>其地址为 %1。</translation>
    </message>
    <message>
        <source>It is never replaced, because it holds the key of your payouts; you can save a copy.</source>
        <translation>它绝不会被替换，因为它保存着您收款所用的密钥；您可以保存一份副本。</translation>
    </message>
    <message>
        <source>There is no wallet made by SpareCycles here yet, so there is nothing to save. Make one or bring yours in.</source>
        <translation>这里还没有由 SpareCycles 创建的钱包，因此没有可保存的内容。请创建一个钱包，或导入您自己的钱包。</translation>
    </message>
    <message>
        <source>The wallet&apos;s key will be kept in the system keychain, which your login unlocks.</source>
        <translation>钱包的密钥将保存在系统钥匙串中，您登录时钥匙串会自动解锁。</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the wallet will be kept in a file locked with a password: %1</source>
        <translation>本机没有钥匙串，因此钱包将保存在受密码保护的文件中：%1</translation>
    </message>
    <message>
        <source>Word %1:</source>
        <translation>第 %1 个词：</translation>
    </message>
    <message>
        <source>Word %1</source>
        <translation>第 %1 个词</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the wallet is kept in a file locked with a password. Choose one of at least %1 characters: it is asked for when you save a copy of the wallet. If you forget it, your recovery words still bring the wallet back.</source>
        <translation>本机没有钥匙串，因此钱包保存在受密码保护的文件中。请设置一个至少 %1 个字符的密码：保存钱包副本时需要输入它。即使忘记了密码，您仍可以用助记词找回钱包。</translation>
    </message>
    <message>
        <source>The copy is locked with the password of your wallet. Type it:</source>
        <translation>副本将使用您钱包的密码锁定。请输入该密码：</translation>
    </message>
    <message>
        <source>Choose a password for the copy (at least %1 characters); it is needed to open the copy:</source>
        <translation>请为副本设置密码（至少 %1 个字符）；打开副本时需要该密码：</translation>
    </message>
    <message>
        <source>Your wallet&apos;s password</source>
        <translation>您钱包的密码</translation>
    </message>
    <message>
        <source>A new password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Word %1 is not the word that was shown.</source>
        <translation>第 %1 个词与显示的词不一致。</translation>
    </message>
    <message>
        <source>Words %1 are not the words that were shown.</source>
        <translation>第 %1 个词与显示的词不一致。</translation>
    </message>
    <message>
        <source>Look at your paper and type again. Nothing has been saved. If you did not write the words down, press Cancel and start again for new words.</source>
        <translation>请查看您抄下的纸并重新输入。尚未保存任何内容。如果您没有抄下这些词，请点击“取消”，然后重新开始以获得新的助记词。</translation>
    </message>
    <message>
        <source>A copy of your wallet is saved</source>
        <translation>钱包副本已保存</translation>
    </message>
    <message>
        <source>The copy holds the key of this address:</source>
        <translation>副本中保存着以下地址的密钥：</translation>
    </message>
    <message>
        <source>The copy is in %1, locked with %2. To use the wallet elsewhere, open that file in MetaMask or another wallet (&quot;import a JSON file&quot;).</source>
        <translation>副本位于 %1，已用%2锁定。要在其他地方使用该钱包，请在 MetaMask 或其他钱包中打开此文件（&quot;导入 JSON 文件&quot;）。</translation>
    </message>
    <message>
        <source>your wallet&apos;s password</source>
        <translation>您钱包的密码</translation>
    </message>
    <message>
        <source>the password you just chose</source>
        <translation>您刚刚设置的密码</translation>
    </message>
    <message>
        <source>Your wallet is ready</source>
        <translation>您的钱包已就绪</translation>
    </message>
    <message>
        <source>Its key is kept in %1.</source>
        <translation>其密钥保存在 %1 中。</translation>
    </message>
    <message>
        <source>Keep your paper with the 12 words safe: it is the only way back to this wallet.</source>
        <translation>请妥善保管写有 12 个词的纸：这是找回此钱包的唯一途径。</translation>
    </message>
    <message>
        <source>Until now payouts went to %1; what was paid there stays there.</source>
        <translation>此前付款发送到 %1；已付到那里的款项仍留在那里。</translation>
    </message>
    <message>
        <source>Payouts now go to this address:</source>
        <translation>今后付款将发送到此地址：</translation>
    </message>
</context>
<context>
    <name>sc::ui::WalletPage</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
</context>
<context>
    <name>sc::ui::WordGrid</name>
    <message>
        <source>Recovery words</source>
        <translation>助记词</translation>
    </message>
    <message>
        <source>Word %1</source>
        <translation>第 %1 个词</translation>
    </message>
</context>
</TS>
