<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>DataFolder</name>
    <message>
        <source>Cannot create the data folder %1. Check that it is writable.</source>
        <translation>データフォルダー %1 を作成できません。書き込みできるか確認してください。</translation>
    </message>
    <message>
        <source>Another SpareCycles engine (process %1) is already using %2.</source>
        <translation>別の SpareCycles エンジン（プロセス %1）がすでに %2 を使用しています。</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space and start SpareCycles again.</source>
        <translation>%1 があるディスクがいっぱいです。空き容量を増やしてから SpareCycles をもう一度起動してください。</translation>
    </message>
    <message>
        <source>Cannot write to the data folder %1. Check that it is writable and the disk is not full.</source>
        <translation>データフォルダー %1 に書き込めません。書き込みできるか、ディスクがいっぱいでないか確認してください。</translation>
    </message>
</context>
<context>
    <name>DeviceIdentity</name>
    <message numerus="yes">
        <source>%1 of credit not yet paid out and %n unfinished tasks belong to this computer under that key.</source>
        <translation>
            <numerusform>このキーには、このパソコンの未払いの報酬 %1 と未完了のタスク %n 件がひも付いています。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of credit not yet paid out belongs to this computer under that key.</source>
        <translation>このキーには、このパソコンの未払いの報酬 %1 がひも付いています。</translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished tasks belong to this computer under that key.</source>
        <translation>
            <numerusform>このキーには、このパソコンの未完了のタスク %n 件がひも付いています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer is now a new device on the network, with a new key. %n tasks of the old identity were dropped.</source>
        <translation>
            <numerusform>このパソコンは新しいキーを持つ新しいデバイスとしてネットワークに参加しました。古い識別情報のタスク %n 件は破棄されました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot record the device&apos;s identity in %1. Check that the disk is not full.</source>
        <translation>デバイスの識別情報を %1 に記録できません。ディスクがいっぱいでないか確認してください。</translation>
    </message>
    <message>
        <source>The backup copy of the device key could not be written (%1).</source>
        <translation>デバイスキーのバックアップを書き込めませんでした（%1）。</translation>
    </message>
    <message>
        <source>Cannot write the device key in %1. Check that the disk is not full.</source>
        <translation>デバイスキーを %1 に書き込めません。ディスクがいっぱいでないか確認してください。</translation>
    </message>
    <message>
        <source>The key in %1 is not the one this computer joined the network with: the file was replaced.</source>
        <translation>%1 のキーは、このパソコンがネットワークに参加したときのキーではありません。ファイルが置き換えられています。</translation>
    </message>
    <message>
        <source>The device key was damaged; it was restored from its backup copy, and this computer keeps its identity on the network.</source>
        <translation>デバイスキーが壊れていたため、バックアップから復元しました。このパソコンはネットワーク上で同じデバイスのままです。</translation>
    </message>
    <message>
        <source>The device key was missing; it was restored from its backup copy, and this computer keeps its identity on the network.</source>
        <translation>デバイスキーが見つからなかったため、バックアップから復元しました。このパソコンはネットワーク上で同じデバイスのままです。</translation>
    </message>
    <message>
        <source>The device key was restored from the system keychain, and this computer keeps its identity on the network.</source>
        <translation>デバイスキーをシステムのキーチェーンから復元しました。このパソコンはネットワーク上で同じデバイスのままです。</translation>
    </message>
    <message>
        <source>Cannot make a device key.</source>
        <translation>デバイスキーを作成できません。</translation>
    </message>
    <message>
        <source>The key that identifies this computer on the network (%1) is damaged, and no backup copy was found.</source>
        <translation>ネットワーク上でこのパソコンを識別するキー（%1）が壊れていて、バックアップも見つかりません。</translation>
    </message>
    <message>
        <source>The key that identifies this computer on the network is missing from %1, and no backup copy was found.</source>
        <translation>ネットワーク上でこのパソコンを識別するキーが %1 にありません。バックアップも見つかりません。</translation>
    </message>
    <message>
        <source>%1 is not a SpareCycles device key (or it is damaged).</source>
        <translation>%1 は SpareCycles のデバイスキーではありません（または壊れています）。</translation>
    </message>
    <message>
        <source>%1 is a device key, but not this computer&apos;s: it belongs to another device.</source>
        <translation>%1 はデバイスキーですが、このパソコンのものではありません。別のデバイスのキーです。</translation>
    </message>
    <message>
        <source>Cannot record the device&apos;s identity in %1.</source>
        <translation>デバイスの識別情報を %1 に記録できません。</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name.</source>
        <translation>%1 はすでにあります。別のファイル名を選んでください。</translation>
    </message>
    <message>
        <source>This computer&apos;s device key cannot be read: %1</source>
        <translation>このパソコンのデバイスキーを読み込めません：%1</translation>
    </message>
</context>
<context>
    <name>EvmAddress</name>
    <message>
        <source>This is an example address from a guide, not your wallet&apos;s: payouts sent to it would be lost. Copy the address from your own wallet app.</source>
        <translation>これは解説などに載っている見本のアドレスで、あなたのウォレットのアドレスではありません。ここに送られた支払いは失われます。ご自分のウォレットアプリからアドレスをコピーしてください。</translation>
    </message>
    <message>
        <source>An address starts with 0x followed by 40 characters 0–9 and a–f.</source>
        <translation>アドレスは 0x で始まり、そのあとに 0–9 と a–f の 40 文字が続きます。</translation>
    </message>
    <message>
        <source>The capital letters do not match the address&apos;s checksum: there is probably a typo. Copy the address again from your wallet.</source>
        <translation>大文字の位置がアドレスのチェックサムと合いません。入力ミスの可能性があります。ウォレットからアドレスをもう一度コピーしてください。</translation>
    </message>
</context>
<context>
    <name>FileWalletStore</name>
    <message>
        <source>the password-protected file %1</source>
        <translation>パスワードで保護されたファイル %1</translation>
    </message>
    <message>
        <source>The wallet file needs a password.</source>
        <translation>ウォレットファイルにはパスワードが必要です。</translation>
    </message>
    <message>
        <source>There is a wallet file already: %1. It is never replaced.</source>
        <translation>ウォレットファイルがすでにあります：%1。このファイルが置き換えられることはありません。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot write the wallet file in %1: %2.</source>
        <translation>%1 にウォレットファイルを書き込めません：%2。</translation>
    </message>
    <message>
        <source>Cannot write the wallet file %1: %2.</source>
        <translation>ウォレットファイル %1 を書き込めません：%2。</translation>
    </message>
    <message>
        <source>There is no wallet file %1.</source>
        <translation>ウォレットファイル %1 がありません。</translation>
    </message>
    <message>
        <source>Cannot open the wallet file %1: %2.</source>
        <translation>ウォレットファイル %1 を開けません：%2。</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 は通常のファイルではありません。</translation>
    </message>
    <message>
        <source>The wallet file %1 may be read by other users of this computer; make it yours alone (chmod 600 %1) and try again.</source>
        <translation>ウォレットファイル %1 は、このパソコンの他のユーザーも読める状態です。自分だけが読めるようにして（chmod 600 %1）、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Cannot read the wallet file %1: %2.</source>
        <translation>ウォレットファイル %1 を読み込めません：%2。</translation>
    </message>
    <message>
        <source>Wrong password for the wallet file.</source>
        <translation>ウォレットファイルのパスワードが違います。</translation>
    </message>
    <message>
        <source>The wallet file %1 cannot be read: %2</source>
        <translation>ウォレットファイル %1 を読み込めません：%2</translation>
    </message>
</context>
<context>
    <name>HdKey</name>
    <message>
        <source>A wallet seed is 16 to 64 bytes.</source>
        <translation>ウォレットのシードは 16～64 バイトです。</translation>
    </message>
    <message>
        <source>The key could not be derived (OpenSSL failed).</source>
        <translation>キーを導出できませんでした（OpenSSL のエラー）。</translation>
    </message>
    <message>
        <source>This seed gives no valid master key; use another one.</source>
        <translation>このシードからは有効なマスターキーが得られません。別のシードを使ってください。</translation>
    </message>
    <message>
        <source>A key path has at most %1 levels.</source>
        <translation>キーパスの階層は最大 %1 段です。</translation>
    </message>
    <message>
        <source>The key could not be derived (secp256k1 failed).</source>
        <translation>キーを導出できませんでした（secp256k1 のエラー）。</translation>
    </message>
    <message>
        <source>Key index %1 is invalid for this key (a 1 in 2^127 case); use the next one.</source>
        <translation>キー番号 %1 はこのキーでは無効です（2^127 分の 1 の確率で起こります）。次の番号を使ってください。</translation>
    </message>
    <message>
        <source>A key path starts with &quot;m&quot;, as in %1.</source>
        <translation>キーパスは %1 のように「m」で始まります。</translation>
    </message>
    <message>
        <source>Level %1 of the key path, &quot;%2&quot;, is not a number from 0 to 2147483647 (followed by &apos; for a hardened level).</source>
        <translation>キーパスの %1 段目「%2」が 0～2147483647 の数値ではありません（強化された段は後ろに &apos; を付けます）。</translation>
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
        <translation>このパソコンのネットワーク上の識別情報について、選択が必要です</translation>
    </message>
    <message>
        <source>If you saved a copy of the key, put it back to keep everything. Or start as a new device: it starts with no tasks and no credit, and what belongs to the old identity is lost.</source>
        <translation>キーのコピーを保存してある場合は、それを元に戻せばすべてそのまま使えます。または新しいデバイスとして始めることもできます。その場合はタスクも報酬もない状態から始まり、古い識別情報に属するものは失われます。</translation>
    </message>
    <message>
        <source>Put a saved copy back…</source>
        <translation>保存したコピーを元に戻す…</translation>
    </message>
    <message>
        <source>Start as a new device</source>
        <translation>新しいデバイスとして始める</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>The saved copy of the device key</source>
        <translation>保存したデバイスキーのコピー</translation>
    </message>
    <message>
        <source>Device key (*.pem);;All files (*)</source>
        <translation>デバイスキー (*.pem);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>KeychainWalletStore</name>
    <message numerus="yes">
        <source>The system keychain did not answer within %n seconds.</source>
        <translation>
            <numerusform>システムのキーチェーンが %n 秒以内に応答しませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>No system keychain (such as GNOME Keyring or KWallet) is running.</source>
        <translation>システムのキーチェーン（GNOME キーリングや KWallet など）が動作していません。</translation>
    </message>
    <message>
        <source>No system keychain (such as GNOME Keyring or KWallet) is running (%1).</source>
        <translation>システムのキーチェーン（GNOME キーリングや KWallet など）が動作していません（%1）。</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>システムのキーチェーン</translation>
    </message>
    <message>
        <source>The system keychain holds a wallet for this data folder already.</source>
        <translation>システムのキーチェーンには、このデータフォルダーのウォレットがすでにあります。</translation>
    </message>
    <message>
        <source>The system keychain holds no wallet for this data folder.</source>
        <translation>システムのキーチェーンに、このデータフォルダーのウォレットがありません。</translation>
    </message>
    <message>
        <source>The wallet key in the system keychain is damaged.</source>
        <translation>システムのキーチェーンにあるウォレットのキーが壊れています。</translation>
    </message>
    <message>
        <source>The system keychain holds no such entry.</source>
        <translation>システムのキーチェーンにそのような項目はありません。</translation>
    </message>
</context>
<context>
    <name>Keystore</name>
    <message>
        <source>These scrypt settings are out of range.</source>
        <translation>この scrypt の設定は範囲外です。</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>システムの乱数生成に失敗しました。</translation>
    </message>
    <message>
        <source>The key could not be encrypted (OpenSSL failed).</source>
        <translation>キーを暗号化できませんでした（OpenSSL のエラー）。</translation>
    </message>
    <message>
        <source>This is not a keystore file (it is far too large).</source>
        <translation>これはキーストアファイルではありません（サイズが大きすぎます）。</translation>
    </message>
    <message>
        <source>This is not a keystore file (it is not JSON).</source>
        <translation>これはキーストアファイルではありません（JSON ではありません）。</translation>
    </message>
    <message>
        <source>Only version 3 keystore files can be read.</source>
        <translation>読み込めるのはバージョン 3 のキーストアファイルだけです。</translation>
    </message>
    <message>
        <source>The keystore file has no &quot;crypto&quot; section.</source>
        <translation>キーストアファイルに「crypto」セクションがありません。</translation>
    </message>
    <message>
        <source>The keystore file uses the cipher &quot;%1&quot;; only aes-128-ctr is supported.</source>
        <translation>キーストアファイルの暗号方式が「%1」です。対応しているのは aes-128-ctr だけです。</translation>
    </message>
    <message>
        <source>The keystore file is damaged (its iv, ciphertext or mac is missing or not hex of the right length).</source>
        <translation>キーストアファイルが壊れています（iv、ciphertext、mac のいずれかがないか、正しい長さの 16 進数ではありません）。</translation>
    </message>
    <message>
        <source>The keystore file does not hold an Ethereum private key.</source>
        <translation>キーストアファイルに Ethereum の秘密鍵が含まれていません。</translation>
    </message>
    <message>
        <source>The keystore file uses the key derivation &quot;%1&quot;; only scrypt and pbkdf2 are supported.</source>
        <translation>キーストアファイルの鍵導出方式が「%1」です。対応しているのは scrypt と pbkdf2 だけです。</translation>
    </message>
    <message>
        <source>The keystore file is damaged (its salt or dklen is missing or wrong).</source>
        <translation>キーストアファイルが壊れています（salt または dklen がないか、正しくありません）。</translation>
    </message>
    <message>
        <source>The keystore file is damaged (scrypt needs n, a power of two, and r and p).</source>
        <translation>キーストアファイルが壊れています（scrypt には 2 のべき乗の n と、r、p が必要です）。</translation>
    </message>
    <message>
        <source>The keystore file asks for more work than allowed to unlock it (scrypt n=%1 r=%2 p=%3; at most n=%4 and 1 GiB of memory).</source>
        <translation>このキーストアファイルのロック解除には、許可されている以上の計算が必要です（scrypt n=%1 r=%2 p=%3、上限は n=%4 とメモリ 1 GiB）。</translation>
    </message>
    <message>
        <source>The key could not be derived (OpenSSL failed).</source>
        <translation>キーを導出できませんでした（OpenSSL のエラー）。</translation>
    </message>
    <message>
        <source>The keystore file uses pbkdf2 with &quot;%1&quot;; only hmac-sha256 is supported.</source>
        <translation>キーストアファイルは pbkdf2 を「%1」と組み合わせています。対応しているのは hmac-sha256 だけです。</translation>
    </message>
    <message>
        <source>The keystore file is damaged (pbkdf2 needs c).</source>
        <translation>キーストアファイルが壊れています（pbkdf2 には c が必要です）。</translation>
    </message>
    <message>
        <source>The keystore file asks for more work than allowed to unlock it (pbkdf2 c=%1; at most %2).</source>
        <translation>このキーストアファイルのロック解除には、許可されている以上の計算が必要です（pbkdf2 c=%1、上限は %2）。</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>パスワードが違います。</translation>
    </message>
    <message>
        <source>The key could not be decrypted (OpenSSL failed).</source>
        <translation>キーを復号できませんでした（OpenSSL のエラー）。</translation>
    </message>
    <message>
        <source>The keystore file does not hold a valid Ethereum private key.</source>
        <translation>キーストアファイルに有効な Ethereum の秘密鍵が含まれていません。</translation>
    </message>
    <message>
        <source>The keystore file names the address %1 but holds the key of %2: it has been altered.</source>
        <translation>キーストアファイルにはアドレス %1 と書かれていますが、中身は %2 のキーです。ファイルが改変されています。</translation>
    </message>
</context>
<context>
    <name>Mnemonic</name>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>システムの乱数生成に失敗しました。</translation>
    </message>
    <message>
        <source>The built-in word list is damaged.</source>
        <translation>内蔵の単語リストが壊れています。</translation>
    </message>
    <message numerus="yes">
        <source>A recovery phrase has 12, 15, 18, 21 or 24 words; this one has %n words.</source>
        <translation>
            <numerusform>復元フレーズは 12、15、18、21、24 語のいずれかですが、これは %n 語です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Word %1 has a character that no English recovery word has (only the letters a to z are used).</source>
        <translation>%1 番目の単語に、英語の復元ワードにはない文字が含まれています（使われるのは a～z の文字だけです）。</translation>
    </message>
    <message>
        <source>Word %1, &quot;%2&quot;, is not one of the 2048 English recovery words. Check its spelling.</source>
        <translation>%1 番目の単語「%2」は、2048 語ある英語の復元ワードのどれでもありません。つづりを確認してください。</translation>
    </message>
    <message>
        <source>Every word is a recovery word, but together they do not check out: a word is probably wrong or in the wrong place.</source>
        <translation>どの単語も復元ワードですが、組み合わせが正しくありません。単語が違うか、順番が間違っている可能性があります。</translation>
    </message>
    <message>
        <source>The passphrase may only use plain ASCII characters (letters a to z, digits, punctuation).</source>
        <translation>パスフレーズに使えるのは半角の ASCII 文字（a～z の文字、数字、記号）だけです。</translation>
    </message>
    <message>
        <source>The recovery phrase could not be turned into a key (OpenSSL failed).</source>
        <translation>復元フレーズをキーに変換できませんでした（OpenSSL のエラー）。</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>Running %1 % of the time, as set in Settings (CPU share)</source>
        <translation>設定に従い、時間の %1 % だけ実行中（CPU の割り当て）</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Running at %1 % while you use the computer</source>
        <translation>パソコンの使用中は %1 % で実行中</translation>
    </message>
    <message>
        <source>Paused by you until you resume</source>
        <translation>手動で一時停止中（再開するまで）</translation>
    </message>
    <message>
        <source>Paused by you until %1</source>
        <translation>手動で一時停止中（%1 まで）</translation>
    </message>
    <message>
        <source>Suspended: running on battery</source>
        <translation>休止中：バッテリーで動作中</translation>
    </message>
    <message>
        <source>Suspended: battery at %1 %, below %2 %</source>
        <translation>休止中：バッテリー残量 %1 %（%2 % 未満）</translation>
    </message>
    <message>
        <source>Suspended: outside the hours you allowed</source>
        <translation>休止中：許可した時間帯の外</translation>
    </message>
    <message>
        <source>Suspended: %1 is running</source>
        <translation>休止中：%1 が実行中</translation>
    </message>
    <message numerus="yes">
        <source>Waiting until the computer has been idle for %n minutes</source>
        <translation>
            <numerusform>パソコンが %n 分間使われなくなるまで待機中</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting: this computer does not say when you are away from it. To run anyway, choose to run always in Settings, under “When to run”.</source>
        <translation>待機中：このパソコンでは、離れているかどうかを検出できません。それでも実行するには、設定の「実行するタイミング」で常に実行する項目を選んでください。</translation>
    </message>
    <message>
        <source>Suspended: other programs use %1 % of the CPU (limit %2 %)</source>
        <translation>休止中：他のプログラムが CPU の %1 % を使用中（上限 %2 %）</translation>
    </message>
    <message>
        <source>Suspended: tasks use more than %1 % of memory</source>
        <translation>休止中：タスクのメモリ使用が %1 % を超過</translation>
    </message>
    <message>
        <source>Suspended: only %1 free on the disk holding %2; tasks pause while less than %3 is free (Settings). Free some space and they resume.</source>
        <translation>休止中：%2 があるディスクの空きが %1 しかありません。空きが %3 未満の間はタスクを一時停止します（設定）。空きを増やすと再開します。</translation>
    </message>
</context>
<context>
    <name>Secp256k1Key</name>
    <message>
        <source>A private key is 32 bytes.</source>
        <translation>秘密鍵は 32 バイトです。</translation>
    </message>
    <message>
        <source>Cannot set up secp256k1 (out of memory or no random numbers).</source>
        <translation>secp256k1 を準備できません（メモリ不足か、乱数が得られません）。</translation>
    </message>
    <message>
        <source>Not a valid secp256k1 private key (zero, or not below the curve order).</source>
        <translation>有効な secp256k1 の秘密鍵ではありません（ゼロか、曲線の位数以上です）。</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>システムの乱数生成に失敗しました。</translation>
    </message>
    <message>
        <source>Cannot open the key file %1: %2.</source>
        <translation>キーファイル %1 を開けません：%2。</translation>
    </message>
    <message>
        <source>The key file %1 is not a regular file.</source>
        <translation>キーファイル %1 は通常のファイルではありません。</translation>
    </message>
    <message>
        <source>The key file %1 can be read by other users (mode %2); allow only its owner with: chmod 600 %1</source>
        <translation>キーファイル %1 は他のユーザーも読める状態です（モード %2）。所有者だけに許可するには：chmod 600 %1</translation>
    </message>
    <message>
        <source>Cannot read the key file %1.</source>
        <translation>キーファイル %1 を読み込めません。</translation>
    </message>
    <message>
        <source>The key file %1 must hold exactly 64 hexadecimal digits (0-9, a-f) and a newline.</source>
        <translation>キーファイル %1 には、ちょうど 64 桁の 16 進数（0-9、a-f）と改行 1 つが必要です。</translation>
    </message>
    <message>
        <source>The key file %1 does not hold a usable key: %2</source>
        <translation>キーファイル %1 に使えるキーがありません：%2</translation>
    </message>
    <message>
        <source>The key file %1 already exists; it is left as it is.</source>
        <translation>キーファイル %1 はすでにあります。そのままにしておきます。</translation>
    </message>
    <message>
        <source>Cannot create the key file %1: %2.</source>
        <translation>キーファイル %1 を作成できません：%2。</translation>
    </message>
    <message>
        <source>Cannot write the key file %1 (disk full?).</source>
        <translation>キーファイル %1 を書き込めません（ディスクがいっぱいかもしれません）。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Run tasks even while you use the computer (at idle priority).</source>
        <translation>パソコンの使用中もタスクを実行します（最低の優先度で）。</translation>
    </message>
    <message>
        <source>Minutes without keyboard or mouse input before tasks start.</source>
        <translation>キーボードやマウスの操作がなくなってから、タスクを始めるまでの分数。</translation>
    </message>
    <message>
        <source>While you use the computer: suspend CPU tasks, or keep them at a reduced share.</source>
        <translation>パソコンの使用中：CPU タスクを休止するか、割り当てを減らして続けるか。</translation>
    </message>
    <message>
        <source>CPU time share (%) for tasks while you use the computer, with &apos;reduced&apos;.</source>
        <translation>&apos;reduced&apos; のとき、パソコンの使用中にタスクが使える CPU 時間の割合（%）。</translation>
    </message>
    <message>
        <source>Keep GPU tasks running while you use the computer.</source>
        <translation>パソコンの使用中も GPU タスクを実行し続けます。</translation>
    </message>
    <message>
        <source>CPU time share (%) each task may use while it runs.</source>
        <translation>各タスクが実行中に使える CPU 時間の割合（%）。</translation>
    </message>
    <message>
        <source>Share (%) of the processor&apos;s cores tasks may use.</source>
        <translation>タスクが使えるプロセッサーコアの割合（%）。</translation>
    </message>
    <message>
        <source>Memory (% of RAM) tasks may use while you use the computer.</source>
        <translation>パソコンの使用中にタスクが使えるメモリ（RAM に対する %）。</translation>
    </message>
    <message>
        <source>Memory (% of RAM) tasks may use while the computer is idle.</source>
        <translation>パソコンが使われていない間にタスクが使えるメモリ（RAM に対する %）。</translation>
    </message>
    <message>
        <source>Tasks pause while the disk holding SpareCycles&apos; folder has less than this much space free (GB).</source>
        <translation>SpareCycles のフォルダーがあるディスクの空きがこれ（GB）より少ない間は、タスクを一時停止します。</translation>
    </message>
    <message>
        <source>Disk space (GB) tasks may use at most, all together.</source>
        <translation>タスク全体で使えるディスク容量の上限（GB）。</translation>
    </message>
    <message>
        <source>Where this computer cannot shut tasks in a sandbox, run them anyway. They can then read your files. Not recommended.</source>
        <translation>このパソコンでタスクをサンドボックスに閉じ込められない場合でも実行します。その場合、タスクがあなたのファイルを読めるようになります。おすすめしません。</translation>
    </message>
    <message>
        <source>Suspend when other programs use more than this % of the CPU (0 = never).</source>
        <translation>他のプログラムが CPU をこの % より多く使うと休止します（0 = 休止しない）。</translation>
    </message>
    <message>
        <source>Seconds other programs&apos; load must last before tasks are suspended.</source>
        <translation>他のプログラムの負荷がこの秒数続いたらタスクを休止します。</translation>
    </message>
    <message>
        <source>Once suspended for other programs&apos; load, stay suspended at least this long.</source>
        <translation>他のプログラムの負荷で休止したら、少なくともこの時間は休止したままにします。</translation>
    </message>
    <message>
        <source>Pause while any of these programs runs (comma-separated names, e.g. a game).</source>
        <translation>これらのプログラムのどれかが動いている間は一時停止します（名前をカンマで区切る。例：ゲーム）。</translation>
    </message>
    <message>
        <source>On battery: suspend, run only above battery_min_percent, or run.</source>
        <translation>バッテリー駆動時：休止する、battery_min_percent を超えるときだけ実行する、またはそのまま実行する。</translation>
    </message>
    <message>
        <source>With on_battery=below: run on battery only above this charge (%).</source>
        <translation>on_battery=below のとき：バッテリー残量がこの値（%）を超えるときだけ実行します。</translation>
    </message>
    <message>
        <source>When tasks may run: &apos;always&apos;, or days and hours like &apos;mon-fri 18-8, sat-sun 0-24&apos;.</source>
        <translation>タスクを実行できる時間：&apos;always&apos;、または &apos;mon-fri 18-8, sat-sun 0-24&apos; のような曜日と時間。</translation>
    </message>
    <message>
        <source>CPU temperature (°C) to hold; tasks slow down before it and stop above it.</source>
        <translation>保つ CPU 温度（°C）。近づくとタスクの速度を落とし、超えると止めます。</translation>
    </message>
    <message>
        <source>GPU temperature (°C) to hold.</source>
        <translation>保つ GPU 温度（°C）。</translation>
    </message>
    <message>
        <source>Notify me when the network has been unreachable for half an hour.</source>
        <translation>ネットワークに 30 分間つながらないときに通知します。</translation>
    </message>
    <message>
        <source>Notify me when a task fails again and again.</source>
        <translation>タスクが何度も失敗したときに通知します。</translation>
    </message>
    <message>
        <source>Notify me when tasks stop because the processor got too hot.</source>
        <translation>プロセッサーが熱くなりすぎてタスクが止まったときに通知します。</translation>
    </message>
    <message>
        <source>Notify me when a payout arrives.</source>
        <translation>支払いが届いたときに通知します。</translation>
    </message>
    <message>
        <source>Network: &apos;local&apos; for the demo network on this computer, or a hub address such as https://hub.example.org. The app moves to it at once; tasks of the old network are dropped.</source>
        <translation>ネットワーク：このパソコン上のデモネットワークなら &apos;local&apos;、または https://hub.example.org のようなハブのアドレス。アプリはすぐに切り替わり、前のネットワークのタスクは破棄されます。</translation>
    </message>
    <message>
        <source>EVM address (0x…) that receives payouts; empty = decide later.</source>
        <translation>支払いを受け取る EVM アドレス（0x…）。空欄 = あとで決める。</translation>
    </message>
    <message>
        <source>Address of a blockchain node to read your wallet balance from, such as https://rpc.example.org; empty = the one your network suggests.</source>
        <translation>ウォレットの残高を読み取るブロックチェーンノードのアドレス（例：https://rpc.example.org）。空欄 = ネットワークが勧めるノード。</translation>
    </message>
    <message>
        <source>Language of the app: system, en, de, fr, es, pt_BR, ru, ja or zh_CN.</source>
        <translation>アプリの言語：system、en、de、fr、es、pt_BR、ru、ja または zh_CN。</translation>
    </message>
    <message>
        <source>Colour of the panel the tray icon sits on, so the icon stays visible: auto (GNOME&apos;s top bar is dark; elsewhere the app&apos;s colours), light or dark.</source>
        <translation>トレイアイコンが置かれるパネルの色（アイコンが見えるように）：auto（GNOME のトップバーは暗い色、それ以外はアプリの色）、light（明るい）または dark（暗い）。</translation>
    </message>
    <message>
        <source>Start SpareCycles in the tray when you log in.</source>
        <translation>ログイン時に SpareCycles をトレイで起動します。</translation>
    </message>
    <message>
        <source>Paused by you until this time (Unix seconds); 0 = not paused.</source>
        <translation>手動で一時停止する期限（Unix 秒）。0 = 一時停止していない。</translation>
    </message>
    <message>
        <source>&apos;Run now&apos;: ignore idle time until this time (Unix seconds).</source>
        <translation>「今すぐ実行」：この時刻（Unix 秒）まで、使われていない時間の条件を無視します。</translation>
    </message>
    <message>
        <source>Let tasks use the graphics card, where it can run them.</source>
        <translation>グラフィックボードで実行できるタスクには、グラフィックボードの使用を許可します。</translation>
    </message>
</context>
<context>
    <name>StatePresenter</name>
    <message>
        <source>Starting</source>
        <translation>起動中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Running slower</source>
        <translation>速度を落として実行中</translation>
    </message>
    <message>
        <source>Waiting for work</source>
        <translation>タスク待ち</translation>
    </message>
    <message>
        <source>Waiting until you are away</source>
        <translation>パソコンから離れるのを待機中</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>休止中</translation>
    </message>
    <message>
        <source>Paused by you</source>
        <translation>手動で一時停止中</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Stopped by an error</source>
        <translation>エラーで停止</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>停止処理中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Waiting for other programs</source>
        <translation>他のプログラムを優先中</translation>
    </message>
</context>
<context>
    <name>StatusFile</name>
    <message>
        <source>%1 does not exist; no engine has used it yet.</source>
        <translation>%1 はありません。まだどのエンジンも使っていません。</translation>
    </message>
</context>
<context>
    <name>TaskDescription</name>
    <message>
        <source>Counting primes from %1 to %2</source>
        <translation>%1 から %2 までの素数を数えています</translation>
    </message>
    <message>
        <source>Counting primes in %1–%2 × 10%3</source>
        <translation>%1–%2 × 10%3 の範囲の素数を数えています</translation>
    </message>
    <message>
        <source>Computing a task for %1</source>
        <translation>%1 のタスクを計算しています</translation>
    </message>
    <message>
        <source>the demo network</source>
        <translation>デモネットワーク</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>残り 1 分未満</translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>残り約 %n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hours left</source>
        <translation>
            <numerusform>残り約 %n 時間</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Uint256</name>
    <message>
        <source>An amount is written with the digits 0–9 and at most one decimal point, like 12 or 1.5.</source>
        <translation>金額は 0～9 の数字と、小数点 1 つまでで書きます（例：12、1.5）。</translation>
    </message>
    <message>
        <source>This token has %1 decimal places; the amount has more.</source>
        <translation>このトークンの小数点以下は %1 桁ですが、金額の桁数がそれより多くなっています。</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>金額が大きすぎます。</translation>
    </message>
</context>
<context>
    <name>WalletKeeper</name>
    <message>
        <source>%1 Nothing was saved. Close this window and open it again: if the keychain still does not answer, the wallet is kept in a password-protected file instead.</source>
        <translation>%1 何も保存されていません。このウィンドウを閉じて開き直してください。それでもキーチェーンが応答しない場合は、代わりにパスワードで保護されたファイルにウォレットを保管します。</translation>
    </message>
    <message>
        <source>%1 Nothing was saved. Check that the disk is not full and try again.</source>
        <translation>%1 何も保存されていません。ディスクがいっぱいでないか確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 Nothing was saved.</source>
        <translation>%1 何も保存されていません。</translation>
    </message>
    <message>
        <source>The password is shorter than %1 characters. Choose a longer one.</source>
        <translation>パスワードが %1 文字より短いです。もっと長いパスワードにしてください。</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the same password in both fields.</source>
        <translation>2 つのパスワードが一致しません。両方の欄に同じパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>何も保存されていません。</translation>
    </message>
    <message>
        <source>Choose the wallet file first.</source>
        <translation>先にウォレットファイルを選んでください。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Choose another file.</source>
        <translation>%1 を読み込めません：%2。別のファイルを選んでください。</translation>
    </message>
    <message>
        <source>Unlocking the wallet file… (a few seconds)</source>
        <translation>ウォレットファイルのロックを解除しています…（数秒かかります）</translation>
    </message>
    <message>
        <source>That is not the password of this file. Type it again; capital letters count.</source>
        <translation>このファイルのパスワードではありません。もう一度入力してください（大文字と小文字は区別されます）。</translation>
    </message>
    <message>
        <source>This file cannot be used: %1 Choose the wallet file itself (it usually ends in .json).</source>
        <translation>このファイルは使えません：%1 ウォレットファイルそのものを選んでください（ふつうは .json で終わります）。</translation>
    </message>
    <message>
        <source>The wallet&apos;s key could not be made (%1). Nothing was saved.</source>
        <translation>ウォレットのキーを作成できませんでした（%1）。何も保存されていません。</translation>
    </message>
    <message>
        <source>Locking the wallet file with your password… (a few seconds)</source>
        <translation>パスワードでウォレットファイルをロックしています…（数秒かかります）</translation>
    </message>
    <message>
        <source>Saving the wallet in the system keychain…</source>
        <translation>ウォレットをシステムのキーチェーンに保存しています…</translation>
    </message>
    <message>
        <source>The wallet was saved, but the payout address could not be set: %1</source>
        <translation>ウォレットは保存されましたが、受取アドレスを設定できませんでした：%1</translation>
    </message>
    <message>
        <source>Choose where to save the copy first.</source>
        <translation>先にコピーの保存先を選んでください。</translation>
    </message>
    <message>
        <source>%1 exists already. Choose another file name: an existing file is never replaced.</source>
        <translation>%1 はすでにあります。別のファイル名を選んでください。既存のファイルが置き換えられることはありません。</translation>
    </message>
    <message>
        <source>Type your wallet&apos;s password.</source>
        <translation>ウォレットのパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Unlocking your wallet file… (a few seconds)</source>
        <translation>ウォレットファイルのロックを解除しています…（数秒かかります）</translation>
    </message>
    <message>
        <source>Asking the system keychain…</source>
        <translation>システムのキーチェーンに問い合わせています…</translation>
    </message>
    <message>
        <source>That is not your wallet&apos;s password. Type it again; capital letters count.</source>
        <translation>ウォレットのパスワードではありません。もう一度入力してください（大文字と小文字は区別されます）。</translation>
    </message>
    <message>
        <source>Locking the copy with the password… (a few seconds)</source>
        <translation>パスワードでコピーをロックしています…（数秒かかります）</translation>
    </message>
    <message>
        <source>Cannot save %1: %2. Choose another folder, or check that the disk is not full.</source>
        <translation>%1 を保存できません：%2。別のフォルダーを選ぶか、ディスクがいっぱいでないか確認してください。</translation>
    </message>
</context>
<context>
    <name>WalletStoreChooser</name>
    <message>
        <source>Your wallet is in %1.</source>
        <translation>ウォレットは%1にあります。</translation>
    </message>
    <message>
        <source>No system keychain is available.</source>
        <translation>利用できるシステムのキーチェーンがありません。</translation>
    </message>
    <message>
        <source>%1 The wallet is kept in %2 instead.</source>
        <translation>%1 代わりにウォレットを%2に保管します。</translation>
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
        <translation>データフォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>SpareCycles could not move to the network %1: %2

It stays on the network it used before.</source>
        <translation>SpareCycles はネットワーク %1 に切り替えられませんでした：%2

これまでのネットワークを引き続き使います。</translation>
    </message>
    <message>
        <source>Lends this computer&apos;s idle time to a compute network.</source>
        <translation>このパソコンの空き時間を計算ネットワークに提供します。</translation>
    </message>
    <message>
        <source>Start a demo hub on this computer and use it.</source>
        <translation>このパソコンでデモ用のハブを起動して使います。</translation>
    </message>
    <message>
        <source>Hub URL, e.g. https://hub.example.org.</source>
        <translation>ハブの URL（例：https://hub.example.org）。</translation>
    </message>
    <message>
        <source>Folder for all state (default %1).</source>
        <translation>すべての状態データを置くフォルダー（既定値：%1）。</translation>
    </message>
    <message>
        <source>Start in the tray without opening the dashboard.</source>
        <translation>ダッシュボードを開かずにトレイで起動します。</translation>
    </message>
    <message>
        <source>Skip the first-run wizard and use the defaults (demo network, run when idle).</source>
        <translation>初回セットアップのウィザードを省略して既定値を使います（デモネットワーク、使われていないときに実行）。</translation>
    </message>
    <message>
        <source>use either --local or --hub URL, not both</source>
        <translation>--local と --hub URL はどちらか一方だけを指定してください</translation>
    </message>
    <message>
        <source>The demo network could not start: %1</source>
        <translation>デモネットワークを起動できませんでした：%1</translation>
    </message>
    <message>
        <source>The demo network&apos;s own blockchain could not start, so it pays nothing until it does: %1</source>
        <translation>デモネットワーク専用のブロックチェーンを起動できなかったため、起動するまで支払いは行われません：%1</translation>
    </message>
    <message>
        <source>Moving to %1…</source>
        <translation>%1 に切り替えています…</translation>
    </message>
</context>
<context>
    <name>sc::chain::ChainClient</name>
    <message>
        <source>The chain&apos;s answer to %1 was larger than this app accepts.</source>
        <translation>%1 に対するブロックチェーンの応答が、このアプリで受け付けられる大きさを超えていました。</translation>
    </message>
    <message>
        <source>The chain&apos;s address answered HTTP %1, not JSON-RPC.</source>
        <translation>ブロックチェーンのアドレスが JSON-RPC ではなく HTTP %1 で応答しました。</translation>
    </message>
    <message>
        <source>The chain&apos;s answer to %1 is not a JSON object.</source>
        <translation>%1 に対するブロックチェーンの応答が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The chain&apos;s answer to %1 does not match the request.</source>
        <translation>%1 に対するブロックチェーンの応答がリクエストと一致しません。</translation>
    </message>
    <message>
        <source>The chain refused %1.</source>
        <translation>ブロックチェーンが %1 を拒否しました。</translation>
    </message>
    <message>
        <source>The chain&apos;s answer to %1 has no result.</source>
        <translation>%1 に対するブロックチェーンの応答に結果がありません。</translation>
    </message>
    <message>
        <source>The chain sent a malformed chain id.</source>
        <translation>ブロックチェーンから不正な形式のチェーン ID が送られてきました。</translation>
    </message>
    <message>
        <source>The chain sent a malformed block number.</source>
        <translation>ブロックチェーンから不正な形式のブロック番号が送られてきました。</translation>
    </message>
    <message>
        <source>The chain sent malformed call data.</source>
        <translation>ブロックチェーンから不正な形式の呼び出しデータが送られてきました。</translation>
    </message>
    <message>
        <source>The chain sent a malformed balance.</source>
        <translation>ブロックチェーンから不正な形式の残高が送られてきました。</translation>
    </message>
    <message>
        <source>The chain sent a malformed transaction count.</source>
        <translation>ブロックチェーンから不正な形式のトランザクション数が送られてきました。</translation>
    </message>
    <message>
        <source>The chain sent an implausible gas estimate.</source>
        <translation>ブロックチェーンから不自然なガス代の見積もりが送られてきました。</translation>
    </message>
    <message>
        <source>The chain sent a malformed priority fee.</source>
        <translation>ブロックチェーンから不正な形式の優先手数料が送られてきました。</translation>
    </message>
    <message>
        <source>The chain sent a malformed fee history.</source>
        <translation>ブロックチェーンから不正な形式の手数料履歴が送られてきました。</translation>
    </message>
    <message>
        <source>The chain sent a malformed transaction hash.</source>
        <translation>ブロックチェーンから不正な形式のトランザクションハッシュが送られてきました。</translation>
    </message>
    <message>
        <source>The chain sent a malformed receipt.</source>
        <translation>ブロックチェーンから不正な形式のレシートが送られてきました。</translation>
    </message>
    <message>
        <source>The chain sent a malformed list of logs.</source>
        <translation>ブロックチェーンから不正な形式のログ一覧が送られてきました。</translation>
    </message>
    <message>
        <source>The chain sent a malformed log entry.</source>
        <translation>ブロックチェーンから不正な形式のログ項目が送られてきました。</translation>
    </message>
</context>
<context>
    <name>sc::core::CreditFeed</name>
    <message>
        <source>Payout: %1 sent to your address</source>
        <translation>支払い：%1 があなたのアドレスに送られました</translation>
    </message>
    <message>
        <source>Payout: %1 reached your address</source>
        <translation>支払い：%1 があなたのアドレスに届きました</translation>
    </message>
    <message>
        <source>The hub sent a malformed credit entry; ignoring this page and asking again later.</source>
        <translation>ハブから不正な形式の報酬データが届きました。このページは無視して、あとでもう一度問い合わせます。</translation>
    </message>
    <message>
        <source>The hub sent a credit cursor that goes backwards; ignoring it.</source>
        <translation>ハブから逆戻りする報酬カーソルが届きました。無視します。</translation>
    </message>
    <message>
        <source>Could not store credits in the ledger; will ask again.</source>
        <translation>報酬を台帳に記録できませんでした。もう一度問い合わせます。</translation>
    </message>
    <message>
        <source>Task credited: %1</source>
        <translation>タスクの報酬を獲得：%1</translation>
    </message>
    <message>
        <source>The network judged a task&apos;s result wrong; it earns no credit</source>
        <translation>ネットワークがタスクの結果を誤りと判定しました。報酬はありません</translation>
    </message>
    <message>
        <source>If this happens often, check this computer&apos;s memory and cooling.</source>
        <translation>これがよく起こる場合は、このパソコンのメモリと冷却を確認してください。</translation>
    </message>
</context>
<context>
    <name>sc::core::CurlHttpClient</name>
    <message>
        <source>The address is not a valid http(s) URL (%1)</source>
        <translation>このアドレスは有効な http(s) の URL ではありません（%1）</translation>
    </message>
    <message>
        <source>Could not find the host %1</source>
        <translation>ホスト %1 が見つかりませんでした</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>%1 に接続できませんでした：%2</translation>
    </message>
    <message>
        <source>The reply from %1 was still arriving after %2 s (%3 bytes so far): the connection or the server is too slow</source>
        <translation>%2 s たっても %1 からの応答を受信中でした（ここまで %3 バイト）：接続またはサーバーが遅すぎます</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 が %2 s 以内に応答しませんでした</translation>
    </message>
    <message>
        <source>The secure connection to %1 was not set up within %2 s</source>
        <translation>%1 との安全な接続を %2 s 以内に確立できませんでした</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 s</source>
        <translation>%2 s 以内に %1 に接続できませんでした</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1)</source>
        <translation>サーバーの証明書が信頼されていません（%1）</translation>
    </message>
    <message>
        <source>Could not set up a secure connection to %1 (%2)</source>
        <translation>%1 との安全な接続を確立できませんでした（%2）</translation>
    </message>
    <message>
        <source>The request to %1 failed (%2)</source>
        <translation>%1 へのリクエストが失敗しました（%2）</translation>
    </message>
    <message>
        <source>The reply from %1 is larger than the limit of %2 bytes</source>
        <translation>%1 からの応答が上限の %2 バイトを超えています</translation>
    </message>
    <message>
        <source>The address is not a valid http(s) URL</source>
        <translation>このアドレスは有効な http(s) の URL ではありません</translation>
    </message>
    <message>
        <source>The request has an invalid header</source>
        <translation>リクエストのヘッダーが無効です</translation>
    </message>
    <message>
        <source>Could not start the request</source>
        <translation>リクエストを開始できませんでした</translation>
    </message>
    <message>
        <source>The request was cancelled</source>
        <translation>リクエストは取り消されました</translation>
    </message>
</context>
<context>
    <name>sc::core::Engine</name>
    <message>
        <source>A task resumed from its checkpoint</source>
        <translation>タスクがチェックポイントから再開しました</translation>
    </message>
    <message>
        <source>Tasks run in a %1 sandbox: no network, only their own folder writable.</source>
        <translation>タスクは %1 サンドボックスの中で実行されます：ネットワークは使えず、書き込めるのは自分のフォルダーだけです。</translation>
    </message>
    <message>
        <source>Tasks wait for your permission: this computer cannot shut them in a sandbox (%1).</source>
        <translation>タスクはあなたの許可を待っています：このパソコンではタスクをサンドボックスに閉じ込められません（%1）。</translation>
    </message>
    <message>
        <source>Install bubblewrap, or allow tasks to run without a sandbox on the Overview.</source>
        <translation>bubblewrap をインストールするか、概要ページでサンドボックスなしの実行を許可してください。</translation>
    </message>
    <message>
        <source>Tasks run without a sandbox (%1). They still run at idle priority in their own folder.</source>
        <translation>タスクはサンドボックスなしで実行されています（%1）。それでも最低の優先度で、自分のフォルダーの中で実行されます。</translation>
    </message>
    <message>
        <source>Install bubblewrap to isolate them.</source>
        <translation>タスクを隔離するには bubblewrap をインストールしてください。</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks will resume from their checkpoints.</source>
        <translation>
            <numerusform>%n 件のタスクがチェックポイントから再開します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n results from an earlier run wait to be reported.</source>
        <translation>
            <numerusform>前回の実行で出た %n 件の結果が報告を待っています。</numerusform>
        </translation>
    </message>
    <message>
        <source>You paused SpareCycles until you resume it</source>
        <translation>SpareCycles を一時停止しました（再開するまで）</translation>
    </message>
    <message>
        <source>You paused SpareCycles until %1</source>
        <translation>SpareCycles を一時停止しました（%1 まで）</translation>
    </message>
    <message>
        <source>You resumed SpareCycles</source>
        <translation>SpareCycles を再開しました</translation>
    </message>
    <message>
        <source>Payout address changed to %1; telling the hub.</source>
        <translation>受取アドレスを %1 に変更しました。ハブに知らせています。</translation>
    </message>
    <message>
        <source>Settings changed; applied.</source>
        <translation>設定を変更し、反映しました。</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>起動中</translation>
    </message>
    <message>
        <source>Lost the connection to the network</source>
        <translation>ネットワークとの接続が切れました</translation>
    </message>
    <message>
        <source>%1. Check this computer&apos;s internet connection; SpareCycles tries again by itself.</source>
        <translation>%1。このパソコンのインターネット接続を確認してください。SpareCycles は自動で再試行します。</translation>
    </message>
    <message>
        <source>Back online</source>
        <translation>再接続しました</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>休止中</translation>
    </message>
    <message>
        <source>Tasks suspended: %1</source>
        <translation>タスクを休止しました：%1</translation>
    </message>
    <message>
        <source>Tasks resumed (they had waited: %1)</source>
        <translation>タスクを再開しました（それまでの状態：%1）</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>No engine is running on this data folder.</source>
        <translation>このデータフォルダーで動作中のエンジンはありません。</translation>
    </message>
    <message>
        <source>No engine has run on this data folder yet.</source>
        <translation>このデータフォルダーでは、まだどのエンジンも動作していません。</translation>
    </message>
    <message>
        <source>Stopping tasks (they resume from their checkpoints next time)</source>
        <translation>タスクを停止しています（次回はチェックポイントから再開します）</translation>
    </message>
    <message>
        <source>This computer cannot shut tasks in a sandbox (%1), where they could not read your files: they wait until you allow them to run without one. Installing bubblewrap is safer.</source>
        <translation>このパソコンでは、タスクをサンドボックス（あなたのファイルを読めなくする仕組み）に閉じ込められません（%1）。サンドボックスなしで実行することを許可するまで、タスクは待機します。bubblewrap をインストールするほうが安全です。</translation>
    </message>
    <message numerus="yes">
        <source>Running %n tasks</source>
        <translation>
            <numerusform>%n 件のタスクを実行中</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to the hub at %1</source>
        <translation>%1 のハブに接続しています</translation>
    </message>
    <message>
        <source>Preparing tasks</source>
        <translation>タスクを準備しています</translation>
    </message>
    <message>
        <source>Waiting for work from the hub</source>
        <translation>ハブからのタスクを待っています</translation>
    </message>
    <message>
        <source>GPU tasks run on the processor here: this computer has no graphics card for them.</source>
        <translation>GPU タスクはここではプロセッサーで実行されます：このコンピューターには使えるグラフィックボードがありません。</translation>
    </message>
    <message>
        <source>Tasks can use the graphics card: %1.</source>
        <translation>タスクはグラフィックボードを使用できます：%1。</translation>
    </message>
</context>
<context>
    <name>sc::core::Executor</name>
    <message>
        <source>it created more than %1 files in its folder</source>
        <translation>フォルダー内に %1 個を超えるファイルを作成しました</translation>
    </message>
    <message>
        <source>it wrote more than %1 MB into its folder, the most one task may use</source>
        <translation>フォルダーに %1 MB を超えて書き込みました（1 つのタスクが使える上限です）</translation>
    </message>
    <message>
        <source>it started more processes and threads than the %1 one task may have</source>
        <translation>1 つのタスクに許される %1 個を超えるプロセスとスレッドを起動しました</translation>
    </message>
    <message>
        <source>it tried to write a file larger than %1 MB, the most one file may hold</source>
        <translation>%1 MB を超えるファイルを書き込もうとしました（1 つのファイルの上限です）</translation>
    </message>
    <message>
        <source>it made a system call that the sandbox forbids</source>
        <translation>サンドボックスで禁止されているシステムコールを行いました</translation>
    </message>
</context>
<context>
    <name>sc::core::HardwareWatch</name>
    <message>
        <source>This computer&apos;s hardware changed; sending its new profile to the hub.</source>
        <translation>このパソコンのハードウェアが変わりました。新しい情報をハブに送っています。</translation>
    </message>
    <message>
        <source>Measuring this computer&apos;s speed (a few seconds, at idle priority)…</source>
        <translation>このパソコンの速度を測定しています（数秒、最低の優先度で）…</translation>
    </message>
    <message>
        <source>Speed measured: score %1 (integer %2 Mop/s, floating point %3 Mflop/s, memory %4 GB/s on all cores).</source>
        <translation>速度の測定結果：スコア %1（整数 %2 Mop/s、浮動小数点 %3 Mflop/s、メモリ %4 GB/s、全コア）。</translation>
    </message>
</context>
<context>
    <name>sc::core::HubSession</name>
    <message>
        <source>The hub does not know this device any more; registering again.</source>
        <translation>ハブがこのデバイスを認識しなくなりました。もう一度登録しています。</translation>
    </message>
    <message>
        <source>The hub stopped sending work to this device because it returned wrong answers to known tasks. Check the computer&apos;s stability (memory, overclocking), then contact the network.</source>
        <translation>このデバイスが答えのわかっているタスクに誤った結果を返したため、ハブはタスクの送信を止めました。パソコンの安定性（メモリ、オーバークロック）を確認してから、ネットワークの運営者に連絡してください。</translation>
    </message>
    <message numerus="yes">
        <source>Cannot reach the hub at %1: %2 Retrying in %n seconds.</source>
        <translation>
            <numerusform>%1 のハブにつながりません：%2 %n 秒後に再試行します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hub at %1 answered with an error (HTTP %2): %3 Retrying in %n seconds.</source>
        <translation>
            <numerusform>%1 のハブがエラーを返しました（HTTP %2）：%3 %n 秒後に再試行します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reply from the hub at %1 was damaged or not as the protocol says: %2 Retrying in %n seconds.</source>
        <translation>
            <numerusform>%1 のハブからの応答が壊れているか、プロトコルどおりではありません：%2 %n 秒後に再試行します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not set up a secure connection to the hub at %1: %2</source>
        <translation>%1 のハブとの安全な接続を確立できませんでした：%2</translation>
    </message>
    <message>
        <source>The hub at %1 now signs task programs with a different key than when this device first joined. SpareCycles will not run programs it cannot trust. If the network announced a new key, remove the folder %2 to join again.</source>
        <translation>%1 のハブが、このデバイスが最初に参加したときとは別のキーでタスクのプログラムに署名しています。SpareCycles は信頼できないプログラムは実行しません。ネットワークが新しいキーを告知している場合は、フォルダー %2 を削除してから参加し直してください。</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>%1 に接続しました。</translation>
    </message>
</context>
<context>
    <name>sc::core::LocalHub</name>
    <message>
        <source>the demo network&apos;s payout key could not be made (%1)</source>
        <translation>デモネットワークの支払い用キーを作成できませんでした（%1）</translation>
    </message>
    <message>
        <source>the demo chain is not installed with this copy of SpareCycles</source>
        <translation>このコピーの SpareCycles にはデモ用のブロックチェーンが含まれていません</translation>
    </message>
    <message>
        <source>the demo chain did not start</source>
        <translation>デモ用のブロックチェーンが起動しませんでした</translation>
    </message>
    <message>
        <source>the demo chain started but did not say where it is</source>
        <translation>デモ用のブロックチェーンは起動しましたが、接続先を知らせてきませんでした</translation>
    </message>
    <message>
        <source>Cannot start the local hub %1: %2</source>
        <translation>ローカルのハブ %1 を起動できません：%2</translation>
    </message>
    <message>
        <source>The local hub did not start (it said: %1).</source>
        <translation>ローカルのハブが起動しませんでした（メッセージ：%1）。</translation>
    </message>
</context>
<context>
    <name>sc::core::Notifier</name>
    <message>
        <source>Cannot reach the network</source>
        <translation>ネットワークにつながりません</translation>
    </message>
    <message numerus="yes">
        <source>SpareCycles has not reached its hub for %n minutes. Finished work is kept and sent when it is back. %1</source>
        <translation>
            <numerusform>SpareCycles は %n 分間ハブにつながっていません。完了した作業は保存され、つながったら送信されます。%1</numerusform>
        </translation>
    </message>
    <message>
        <source>A task failed repeatedly</source>
        <translation>タスクが何度も失敗しました</translation>
    </message>
    <message>
        <source>Task %1 stopped with an error (code %2) three times and was given up. If this happens often, check the computer&apos;s stability.</source>
        <translation>タスク %1 がエラー（コード %2）で 3 回停止したため、中止しました。これがよく起こる場合は、パソコンの安定性を確認してください。</translation>
    </message>
    <message>
        <source>Paused to cool down</source>
        <translation>冷却のため一時停止</translation>
    </message>
    <message>
        <source>The processor reached %1 °C (your limit is %2 °C). Tasks resume when it has cooled down.</source>
        <translation>プロセッサーが %1 °C になりました（上限は %2 °C）。温度が下がるとタスクを再開します。</translation>
    </message>
    <message>
        <source>Payout arrived</source>
        <translation>支払いが届きました</translation>
    </message>
    <message>
        <source>%1 was paid to %2.</source>
        <translation>%1 が %2 に支払われました。</translation>
    </message>
</context>
<context>
    <name>sc::core::PolicyLoop</name>
    <message>
        <source>Starting</source>
        <translation>起動中</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Paused: CPU at %1 °C, limit %2 °C</source>
        <translation>一時停止：CPU %1 °C（上限 %2 °C）</translation>
    </message>
    <message>
        <source>Paused to cool down: CPU at %1 °C, limit %2 °C</source>
        <translation>冷却のため一時停止：CPU %1 °C（上限 %2 °C）</translation>
    </message>
    <message>
        <source>Slowed to %1 % to keep the CPU under %2 °C (now %3 °C)</source>
        <translation>CPU を %2 °C 未満に保つため %1 % に速度を下げています（現在 %3 °C）</translation>
    </message>
    <message>
        <source>Task %1 holds %2 MB, more than the %3 % of memory tasks may use now; it stops at its checkpoint and waits until there is room.</source>
        <translation>タスク %1 が %2 MB を使っていて、今タスクが使えるメモリの %3 % を超えています。チェックポイントで止まり、空きができるまで待ちます。</translation>
    </message>
    <message>
        <source>Graphics card work goes on while you use the computer, as set in Settings</source>
        <translation>設定に従い、コンピューターの使用中もグラフィックボードの作業を続けます</translation>
    </message>
    <message>
        <source>Graphics card work is paused while you use the computer (Settings)</source>
        <translation>コンピューターの使用中はグラフィックボードの作業を一時停止しています（設定）</translation>
    </message>
    <message>
        <source>Graphics card work is paused to cool down: graphics card at %1 °C, limit %2 °C</source>
        <translation>冷却のためグラフィックボードの作業を一時停止中：グラフィックボード %1 °C、上限 %2 °C</translation>
    </message>
    <message>
        <source>Graphics card work is slowed to %1 % to keep the card under %2 °C (now %3 °C)</source>
        <translation>グラフィックボードを %2 °C 未満に保つため、作業を %1 % に抑えています（現在 %3 °C）</translation>
    </message>
</context>
<context>
    <name>sc::core::ProgramCache</name>
    <message>
        <source>Refused to start a task: its program %1 is not signed by the network&apos;s code-signing key. The task is dropped.</source>
        <translation>タスクの開始を拒否しました：プログラム %1 がネットワークのコード署名キーで署名されていません。タスクは破棄されます。</translation>
    </message>
    <message>
        <source>Refused the program %1 from the hub: its signature is not from the network&apos;s code-signing key. Its tasks are dropped.</source>
        <translation>ハブからのプログラム %1 を拒否しました：署名がネットワークのコード署名キーのものではありません。そのタスクは破棄されます。</translation>
    </message>
    <message>
        <source>The program %1 arrived damaged (%2 bytes whose SHA-256 is not that of the signed program); it is downloaded again.</source>
        <translation>プログラム %1 が壊れた状態で届きました（%2 バイト、SHA-256 が署名済みのプログラムと一致しません）。もう一度ダウンロードします。</translation>
    </message>
    <message>
        <source>Cannot store the program %1 in %2: %3</source>
        <translation>プログラム %1 を %2 に保存できません：%3</translation>
    </message>
</context>
<context>
    <name>sc::core::Settings</name>
    <message>
        <source>Give &apos;always&apos; or days and hours, e.g. &apos;mon-fri 18-8, sat-sun 0-24&apos;.</source>
        <translation>&apos;always&apos;、または曜日と時間を指定してください（例：&apos;mon-fri 18-8, sat-sun 0-24&apos;）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not like &apos;mon-fri 18-8&apos; (days mon…sun, hours 0–24).</source>
        <translation>&apos;%1&apos; は &apos;mon-fri 18-8&apos; の形式になっていません（曜日は mon…sun、時間は 0–24）。</translation>
    </message>
    <message>
        <source>There is no setting &apos;%1&apos;. &apos;sparecycles-cli config list&apos; shows them all.</source>
        <translation>設定 &apos;%1&apos; はありません。&apos;sparecycles-cli config list&apos; ですべての設定を表示できます。</translation>
    </message>
    <message>
        <source>Give true or false, not &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; ではなく、true か false を指定してください。</translation>
    </message>
    <message>
        <source>Give a whole number from %1 to %2, not &apos;%3&apos;.</source>
        <translation>&apos;%3&apos; ではなく、%1～%2 の整数を指定してください。</translation>
    </message>
    <message>
        <source>Give a number from %1 to %2, not &apos;%3&apos;.</source>
        <translation>&apos;%3&apos; ではなく、%1～%2 の数値を指定してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the choices.</source>
        <translation>&apos;%1&apos; は選択肢にありません。</translation>
    </message>
    <message>
        <source>A network&apos;s address starts with https:// or http://, like https://hub.example.org; &apos;%1&apos; is not one.</source>
        <translation>ネットワークのアドレスは https://hub.example.org のように https:// または http:// で始まります。&apos;%1&apos; は違います。</translation>
    </message>
    <message>
        <source>The blockchain node&apos;s address starts with https:// or http://, not &apos;%1&apos;.</source>
        <translation>ブロックチェーンノードのアドレスは https:// または http:// で始まります。&apos;%1&apos; は違います。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a program name (no paths, at most 64 characters).</source>
        <translation>&apos;%1&apos; はプログラム名ではありません（パスは不可、64 文字まで）。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 を書き込めません。</translation>
    </message>
</context>
<context>
    <name>sc::core::TaskRunner</name>
    <message>
        <source>The hub&apos;s list of held work arrived damaged: task %1 in it does not carry the network&apos;s signature. Nothing of it is used; asking again.</source>
        <translation>ハブから届いた保留中の作業の一覧が壊れています：その中のタスク %1 にネットワークの署名がありません。一覧はすべて使わずに、もう一度問い合わせます。</translation>
    </message>
    <message>
        <source>The hub&apos;s answer with new work arrived damaged: task %1 in it does not carry the network&apos;s signature. Nothing of it is used; asking again.</source>
        <translation>ハブから届いた新しい作業の応答が壊れています：その中のタスク %1 にネットワークの署名がありません。応答はすべて使わずに、もう一度問い合わせます。</translation>
    </message>
    <message numerus="yes">
        <source>Took up %n tasks the hub had given this computer that never arrived.</source>
        <translation>
            <numerusform>ハブがこのパソコンに割り当てたのに届いていなかったタスク %n 件を引き継ぎました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave %n tasks back to the hub for other computers.</source>
        <translation>
            <numerusform>他のパソコンが処理できるよう、%n 件のタスクをハブに返しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dropped %n tasks that the hub no longer expects from this computer.</source>
        <translation>
            <numerusform>ハブがこのパソコンに求めなくなったタスク %n 件を破棄しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1 free on the disk holding %2; SpareCycles takes no new work while less than %3 is free. Free some space.</source>
        <translation>%2 があるディスクの空きが %1 しかありません。空きが %3 未満の間、SpareCycles は新しい作業を受け取りません。空きを増やしてください。</translation>
    </message>
    <message>
        <source>Tasks keep %1 in %2, the most they may use (Settings); new work waits until some finish.</source>
        <translation>タスクが %2 で %1 を使っていて、上限に達しています（設定）。いくつかのタスクが終わるまで、新しい作業は待機します。</translation>
    </message>
    <message numerus="yes">
        <source>Received %n tasks from the hub.</source>
        <translation>
            <numerusform>ハブから %n 件のタスクを受け取りました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Dropped a task: its deadline passed before it could finish.</source>
        <translation>タスクを破棄しました：完了する前に期限が過ぎました。</translation>
    </message>
    <message>
        <source>Refused to start a task: the network did not sign it (it is not as the hub issued it). The task is dropped.</source>
        <translation>タスクの開始を拒否しました：ネットワークの署名がありません（ハブが発行したものと違います）。タスクは破棄されます。</translation>
    </message>
    <message>
        <source>Cannot start a task: %1</source>
        <translation>タスクを開始できません：%1</translation>
    </message>
    <message>
        <source>Task started</source>
        <translation>タスクを開始</translation>
    </message>
    <message>
        <source>A task was stopped because it broke a limit of its sandbox; the network is told</source>
        <translation>サンドボックスの制限を破ったため、タスクを停止しました。ネットワークに報告します</translation>
    </message>
    <message>
        <source>Task finished</source>
        <translation>タスクが完了</translation>
    </message>
    <message>
        <source>A task stopped: the disk holding %1 is full (%2 free). It runs again from its checkpoint once there is space.</source>
        <translation>タスクが止まりました：%1 があるディスクがいっぱいです（空き %2）。空きができたらチェックポイントから再開します。</translation>
    </message>
    <message>
        <source>A task stopped and could not be recorded in the task database in %1; trying again later.</source>
        <translation>タスクが止まりましたが、%1 のタスクデータベースに記録できませんでした。あとで再試行します。</translation>
    </message>
    <message>
        <source>A task stopped unexpectedly; it runs again from its last checkpoint</source>
        <translation>タスクが予期せず止まりました。最後のチェックポイントから再開します</translation>
    </message>
    <message>
        <source>Exit code %1.</source>
        <translation>終了コード %1。</translation>
    </message>
    <message numerus="yes">
        <source>A task failed %n times and was given up; the network is told</source>
        <translation>
            <numerusform>タスクが %n 回失敗したため中止しました。ネットワークに報告します</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do: the network gives it to another computer.</source>
        <translation>対応は不要です：ネットワークが別のパソコンに割り当てます。</translation>
    </message>
    <message>
        <source>The hub did not accept the result of a task: %1</source>
        <translation>ハブがタスクの結果を受け付けませんでした：%1</translation>
    </message>
    <message>
        <source>The hub could not take the result of a task now (%1); trying again later.</source>
        <translation>ハブが今はタスクの結果を受け取れませんでした（%1）。あとで再試行します。</translation>
    </message>
    <message numerus="yes">
        <source>The network changed: %n tasks from the previous network were dropped.</source>
        <translation>
            <numerusform>ネットワークが変わりました：前のネットワークのタスク %n 件を破棄しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Gave a GPU task back to the network: tasks may not use the graphics card.</source>
        <translation>GPU タスクをネットワークに返しました：タスクはグラフィックボードを使用できません。</translation>
    </message>
</context>
<context>
    <name>sc::core::WalletWatch</name>
    <message>
        <source>This network names no blockchain node to read your balance from. Add one in Settings (blockchain node address).</source>
        <translation>このネットワークは、残高を読み取るブロックチェーンノードを指定していません。設定（ブロックチェーンノードのアドレス）で追加してください。</translation>
    </message>
    <message>
        <source>The blockchain node %1 is on chain %2, but this network pays on chain %3.</source>
        <translation>ブロックチェーンノード %1 はチェーン %2 のものですが、このネットワークはチェーン %3 で支払います。</translation>
    </message>
    <message>
        <source>The blockchain node %1 sent a balance that is not a number.</source>
        <translation>ブロックチェーンノード %1 から数値ではない残高が送られてきました。</translation>
    </message>
    <message>
        <source>The blockchain node %1 did not answer: %2</source>
        <translation>ブロックチェーンノード %1 が応答しませんでした：%2</translation>
    </message>
    <message>
        <source>Reading the wallet balance from %1 failed: %2</source>
        <translation>%1 からウォレットの残高を読み取れませんでした：%2</translation>
    </message>
    <message>
        <source>Could not reach the blockchain node (%1).</source>
        <translation>ブロックチェーンノードにつながりませんでした（%1）。</translation>
    </message>
    <message>
        <source>The blockchain node (%1) gave an answer this app cannot use.</source>
        <translation>ブロックチェーンノード（%1）から、このアプリでは使えない応答が返ってきました。</translation>
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
            <numerusform>%n 件のタスクが完了、%1 を獲得</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks finished</source>
        <translation>
            <numerusform>%n 件のタスクが完了</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 credited for %n tasks</source>
        <translation>
            <numerusform>%n 件のタスクで %1 を獲得</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks started</source>
        <translation>
            <numerusform>%n 件のタスクを開始</numerusform>
        </translation>
    </message>
    <message>
        <source>A task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>%1: finished, %2 credited</source>
        <translation>%1：完了、%2 を獲得</translation>
    </message>
    <message>
        <source>%1: %2 credited</source>
        <translation>%1：%2 を獲得</translation>
    </message>
    <message>
        <source>%1: finished</source>
        <translation>%1：完了</translation>
    </message>
    <message>
        <source>%1: started</source>
        <translation>%1：開始</translation>
    </message>
</context>
<context>
    <name>sc::ui::ActivityPage</name>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>What SpareCycles did recently, newest first.</source>
        <translation>SpareCycles の最近のアクティビティです（新しい順）。</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S)：</translation>
    </message>
    <message>
        <source>All activity</source>
        <translation>すべてのアクティビティ</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>問題のみ</translation>
    </message>
    <message>
        <source>Copy the lines shown, with their times</source>
        <translation>表示中の行を時刻付きでコピーします</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>できごと</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>最近のアクティビティ</translation>
    </message>
</context>
<context>
    <name>sc::ui::BarLineChart</name>
    <message>
        <source>Point at a bar to see its exact values.</source>
        <translation>棒にポインターを合わせると、正確な値が表示されます。</translation>
    </message>
    <message>
        <source>Point at the line to see its exact values.</source>
        <translation>線にポインターを合わせると、正確な値が表示されます。</translation>
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
        <translation>ページ</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>収益</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>このPC</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>アクティビティ</translation>
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
        <translation>CSV にエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export earnings to a CSV file</source>
        <translation>収益を CSV ファイルにエクスポートします</translation>
    </message>
    <message>
        <source>Earned per period</source>
        <translation>期間ごとの獲得額</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>累計</translation>
    </message>
    <message>
        <source>Chart of earnings</source>
        <translation>収益のグラフ</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>支払い</translation>
    </message>
    <message>
        <source>No payouts yet. The network sends your credit to your payout address once enough of it is waiting.</source>
        <translation>まだ支払いはありません。報酬が十分にたまると、ネットワークが受取アドレスに送ります。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>トランザクション</translation>
    </message>
    <message>
        <source>The earnings record could not be opened.</source>
        <translation>収益の記録を開けませんでした。</translation>
    </message>
    <message>
        <source>Earned in this period: %1 · In total: %2</source>
        <translation>この期間の獲得額：%1 · 合計：%2</translation>
    </message>
    <message>
        <source>Waiting for payout: %1 · Paid out: %2</source>
        <translation>支払い待ち：%1 · 支払い済み：%2</translation>
    </message>
    <message>
        <source>Nothing earned in this period yet. Credit appears here once the network has checked the results your computer sent.</source>
        <translation>この期間の獲得はまだありません。パソコンが送った結果をネットワークが確認すると、報酬がここに表示されます。</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>支払い済み</translation>
    </message>
    <message>
        <source>Total earned</source>
        <translation>獲得額の合計</translation>
    </message>
    <message>
        <source>Earned per day</source>
        <translation>1 日ごとの獲得額</translation>
    </message>
    <message>
        <source>Earned per week</source>
        <translation>1 週間ごとの獲得額</translation>
    </message>
    <message>
        <source>Earned per month</source>
        <translation>1 か月ごとの獲得額</translation>
    </message>
    <message>
        <source>SCT</source>
        <translation>SCT</translation>
    </message>
    <message>
        <source>Failed: the amount is back in Waiting for payout</source>
        <translation>失敗：金額は「支払い待ち」に戻りました</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>支払い済み</translation>
    </message>
    <message>
        <source>On its way</source>
        <translation>送金中</translation>
    </message>
    <message>
        <source>Sent by the network; not yet checked on the blockchain</source>
        <translation>ネットワークが送金済み。ブロックチェーン上ではまだ確認されていません</translation>
    </message>
    <message>
        <source>Failed on the blockchain; the network should pay it again</source>
        <translation>ブロックチェーン上で失敗しました。ネットワークが改めて支払う予定です</translation>
    </message>
    <message>
        <source>On the blockchain this transaction did not pay this amount to your address</source>
        <translation>ブロックチェーン上では、このトランザクションはあなたのアドレスにこの金額を支払っていません</translation>
    </message>
    <message>
        <source>Not found on the blockchain, although the network says it was paid</source>
        <translation>ネットワークは支払い済みとしていますが、ブロックチェーン上に見つかりません</translation>
    </message>
    <message numerus="yes">
        <source>Confirmed (%n confirmations)</source>
        <translation>
            <numerusform>確定（承認 %n 回）</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the transaction ID</source>
        <translation>トランザクション ID をコピー</translation>
    </message>
    <message>
        <source>Copy the full transaction ID, to look it up on the blockchain</source>
        <translation>ブロックチェーンで調べられるよう、トランザクション ID 全体をコピーします</translation>
    </message>
    <message>
        <source>Export earnings</source>
        <translation>収益のエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした：%2</translation>
    </message>
</context>
<context>
    <name>sc::ui::FirstRunWizard</name>
    <message>
        <source>Welcome to SpareCycles</source>
        <translation>SpareCycles へようこそ</translation>
    </message>
    <message>
        <source>Quit setup?</source>
        <translation>セットアップを中止しますか？</translation>
    </message>
    <message>
        <source>SpareCycles does not start until setup is finished. Quit setup anyway?</source>
        <translation>セットアップが終わるまで SpareCycles は動作しません。それでもセットアップを中止しますか？</translation>
    </message>
    <message>
        <source>Lend your computer&apos;s spare time</source>
        <translation>パソコンの空き時間を貸し出しましょう</translation>
    </message>
    <message>
        <source>&lt;p&gt;SpareCycles runs small computing tasks for a network while you are away from your computer, and records the credit you earn for them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What it does:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;starts tasks only when you allow it (by default: when you are away);&lt;/li&gt;&lt;li&gt;stops them within a fraction of a second when you come back;&lt;/li&gt;&lt;li&gt;slows down when the processor gets hot or you are on battery.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;What it never does:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;read your files, or let tasks use the network;&lt;/li&gt;&lt;li&gt;run tasks as you or with administrator rights;&lt;/li&gt;&lt;li&gt;ask for your wallet&apos;s secret words or keys: only a wallet you let it make or bring in is kept, on this computer alone.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;SpareCycles は、あなたがパソコンから離れている間に、ネットワークのための小さな計算タスクを実行し、その報酬を記録します。&lt;/p&gt;&lt;p&gt;&lt;b&gt;SpareCycles がすること：&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;許可したときだけタスクを始めます（初期設定：パソコンから離れているとき）。&lt;/li&gt;&lt;li&gt;あなたが戻ると、1 秒もかからずにタスクを止めます。&lt;/li&gt;&lt;li&gt;プロセッサーが熱くなったときやバッテリー駆動のときは速度を落とします。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;決してしないこと：&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;あなたのファイルを読むこと、タスクにネットワークを使わせること。&lt;/li&gt;&lt;li&gt;あなたのアカウントや管理者の権限でタスクを実行すること。&lt;/li&gt;&lt;li&gt;ウォレットの秘密の単語やキーを尋ねること。保管するのは、SpareCycles で作成またはインポートしたウォレットだけで、それもこのパソコンの中だけです。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Which network?</source>
        <translation>どのネットワークに参加しますか？</translation>
    </message>
    <message>
        <source>&amp;Demo network on this computer</source>
        <translation>このパソコン上のデモネットワーク(&amp;D)</translation>
    </message>
    <message>
        <source>A &amp;hub on the internet:</source>
        <translation>インターネット上のハブ(&amp;H)：</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>ハブのアドレス</translation>
    </message>
    <message>
        <source>To try SpareCycles out: tasks, credit and payouts are real, but they stay on this computer, and its credit has no value.</source>
        <translation>SpareCycles のお試し用です。タスク、報酬、支払いは本物ですが、すべてこのパソコンの中だけで行われ、報酬に価値はありません。</translation>
    </message>
    <message>
        <source>Where should payouts go?</source>
        <translation>支払いの受け取り先は？</translation>
    </message>
    <message>
        <source>Give the address of your Ethereum-compatible (EVM) wallet: it starts with 0x and has 42 characters; copy it from your wallet app. Only the address: never your secret words or key. You can leave it empty and add it later.</source>
        <translation>Ethereum 互換（EVM）ウォレットのアドレスを入力してください。0x で始まる 42 文字で、ウォレットアプリからコピーできます。入力するのはアドレスだけです。秘密の単語やキーは決して入力しないでください。空欄のままにして、あとで追加することもできます。</translation>
    </message>
    <message>
        <source>0x… (your wallet’s address, optional)</source>
        <translation>0x…（ウォレットのアドレス、省略可）</translation>
    </message>
    <message>
        <source>Payout address</source>
        <translation>受取アドレス</translation>
    </message>
    <message>
        <source>The payout address above is this wallet&apos;s.</source>
        <translation>上の受取アドレスはこのウォレットのものです。</translation>
    </message>
    <message>
        <source>When may tasks run?</source>
        <translation>タスクを実行するのはいつ？</translation>
    </message>
    <message>
        <source>Only when I am &amp;away from the computer (recommended)</source>
        <translation>パソコンから離れているときだけ（おすすめ）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Always, at the lowest priority (may make fans louder)</source>
        <translation>常に、最低の優先度で（ファンの音が大きくなることがあります）(&amp;A)</translation>
    </message>
    <message>
        <source>At &amp;these hours (click or drag to change):</source>
        <translation>この時間帯（クリックまたはドラッグで変更）(&amp;T)：</translation>
    </message>
    <message>
        <source>You can change this any time in Settings, and pause from the tray icon.</source>
        <translation>設定はいつでも変更でき、トレイアイコンから一時停止もできます。</translation>
    </message>
    <message>
        <source>All set</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>SpareCycles keeps a wallet for you on this computer. You can save a copy of it to a file, which MetaMask and most other wallets open.</source>
        <translation>SpareCycles はこのパソコンにあなたのウォレットを保管しています。そのコピーをファイルに保存でき、そのファイルは MetaMask などほとんどのウォレットで開けます。</translation>
    </message>
    <message>
        <source>No wallet yet? SpareCycles can make one for you and keep it on this computer; you write down 12 recovery words that bring it back.</source>
        <translation>ウォレットをお持ちでない場合は、SpareCycles が作成してこのパソコンに保管できます。元に戻すための 12 語の復元ワードを書き留めておいてください。</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>コピーを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Make one for me…</source>
        <translation>ウォレットを作成(&amp;M)…</translation>
    </message>
    <message>
        <source>A hub address looks like https://hub.example.org.</source>
        <translation>ハブのアドレスは https://hub.example.org のような形です。</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 につながりません：%2</translation>
    </message>
    <message>
        <source>%1 answers, but it is not a SpareCycles hub.</source>
        <translation>%1 は応答しましたが、SpareCycles のハブではありません。</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 を確認しています…</translation>
    </message>
    <message>
        <source>Choose at least one hour, or tasks could never run.</source>
        <translation>少なくとも 1 時間は選んでください。そうしないとタスクがまったく実行されません。</translation>
    </message>
    <message>
        <source>Network: the demo network on this computer.</source>
        <translation>ネットワーク：このパソコン上のデモネットワーク。</translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation>ネットワーク：%1</translation>
    </message>
    <message>
        <source>Payouts: no address yet.</source>
        <translation>支払い：アドレスはまだありません。</translation>
    </message>
    <message>
        <source>Payouts to: %1</source>
        <translation>支払いの受け取り先：%1</translation>
    </message>
    <message>
        <source>Tasks run only when you are away.</source>
        <translation>タスクはパソコンから離れているときだけ実行されます。</translation>
    </message>
    <message>
        <source>Tasks run always, at the lowest priority.</source>
        <translation>タスクは常に、最低の優先度で実行されます。</translation>
    </message>
    <message numerus="yes">
        <source>Tasks run only at the hours you chose (%n hours a week).</source>
        <translation>
            <numerusform>タスクは選んだ時間帯だけ実行されます（週に %n 時間）。</numerusform>
        </translation>
    </message>
    <message>
        <source>SpareCycles lives in the tray (the icon near the clock). Click it to see what it does and what you earned.</source>
        <translation>SpareCycles はトレイ（時計の近くのアイコン）にいます。クリックすると、動作の様子と獲得した報酬を確認できます。</translation>
    </message>
</context>
<context>
    <name>sc::ui::HistoryPage</name>
    <message>
        <source>Processor time</source>
        <translation>プロセッサー時間</translation>
    </message>
    <message>
        <source>Tasks finished</source>
        <translation>完了したタスク</translation>
    </message>
    <message>
        <source>The contribution record could not be opened.</source>
        <translation>貢献の記録を開けませんでした。</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message numerus="yes">
        <source>In this period: %1 of processor time, %n tasks finished.</source>
        <translation>
            <numerusform>この期間：プロセッサー時間 %1、完了したタスク %n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The network accepted %n results</source>
        <translation>
            <numerusform>ネットワークは %n 件の結果を受け付けました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and rejected %n (wrong, failed or late).</source>
        <translation>
            <numerusform>受け付けなかったのは %n 件です（誤り、失敗、期限切れ）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your computer has not worked on any task in this period yet. Tasks run when you are away from the computer (see Settings).</source>
        <translation>この期間、パソコンはまだタスクを処理していません。タスクはパソコンから離れているときに実行されます（設定を参照）。</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>%1 の週</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Minutes of processor time</source>
        <translation>プロセッサー時間（分）</translation>
    </message>
    <message>
        <source>Hours of processor time</source>
        <translation>プロセッサー時間（時間）</translation>
    </message>
    <message>
        <source>Chart of the time your computer worked and finished tasks</source>
        <translation>パソコンが作業した時間と完了したタスクのグラフ</translation>
    </message>
    <message>
        <source>Processor and graphics card time</source>
        <translation>プロセッサーとグラフィックボードの時間</translation>
    </message>
    <message numerus="yes">
        <source>In this period: %1 of processor time and %2 of graphics card time, %n tasks finished.</source>
        <translation>
            <numerusform>この期間：プロセッサー時間 %1、グラフィックボード時間 %2、完了したタスク %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>プロセッサー</translation>
    </message>
    <message>
        <source>Graphics card</source>
        <translation>グラフィックボード</translation>
    </message>
    <message>
        <source>Minutes of work</source>
        <translation>作業時間（分）</translation>
    </message>
    <message>
        <source>Hours of work</source>
        <translation>作業時間（時間）</translation>
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
        <translation>タスクが実行されている時間の割合（%）</translation>
    </message>
    <message>
        <source>Processor used by tasks (% of the computer)</source>
        <translation>タスクが使うプロセッサー（パソコン全体に対する %）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
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
        <translation>最初の測定値を集めています…</translation>
    </message>
    <message>
        <source>This computer does not report its processor temperature; only the tasks’ share of time and processor use are shown.</source>
        <translation>このパソコンはプロセッサーの温度を報告しないため、タスクの実行時間の割合とプロセッサーの使用量だけを表示します。</translation>
    </message>
    <message>
        <source>Graphics card temperature (°C)</source>
        <translation>グラフィックボード温度（°C）</translation>
    </message>
    <message>
        <source>This computer does not report its processor temperature; the graphics card’s is shown.</source>
        <translation>このパソコンはプロセッサーの温度を報告しないため、グラフィックボードの温度を表示します。</translation>
    </message>
</context>
<context>
    <name>sc::ui::OverviewPage</name>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Run tasks without a sandbox…</source>
        <translation>サンドボックスなしでタスクを実行…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>獲得額</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>In total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Waiting for payout</source>
        <translation>支払い待ち</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>支払い済み</translation>
    </message>
    <message>
        <source>Payout wallet</source>
        <translation>受取用ウォレット</translation>
    </message>
    <message>
        <source>What your payout address holds on the blockchain, including anything it received from elsewhere.</source>
        <translation>受取アドレスがブロックチェーン上に持っている残高です。他から受け取った分も含みます。</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>残高</translation>
    </message>
    <message>
        <source>For network fees</source>
        <translation>ネットワーク手数料用</translation>
    </message>
    <message>
        <source>Last 10 minutes</source>
        <translation>過去 10 分間</translation>
    </message>
    <message>
        <source>Chart of CPU temperature and task running time over the last 10 minutes</source>
        <translation>過去 10 分間の CPU 温度とタスク実行時間のグラフ</translation>
    </message>
    <message>
        <source>Tasks on this computer</source>
        <translation>このパソコンのタスク</translation>
    </message>
    <message>
        <source>No task is running right now.</source>
        <translation>現在実行中のタスクはありません。</translation>
    </message>
    <message>
        <source>Waiting for your permission</source>
        <translation>あなたの許可を待っています</translation>
    </message>
    <message>
        <source>Tasks wait where they stopped and go on from there when you resume.</source>
        <translation>タスクは止まったところで待機し、再開するとそこから続きを行います。</translation>
    </message>
    <message>
        <source>Paused until you resume</source>
        <translation>一時停止中（再開するまで）</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>一時停止中（%1 まで）</translation>
    </message>
    <message>
        <source>Running now until %1, even while you use the computer</source>
        <translation>%1 まで、パソコンの使用中も実行中</translation>
    </message>
    <message>
        <source>Run tasks without a sandbox?</source>
        <translation>サンドボックスなしでタスクを実行しますか？</translation>
    </message>
    <message>
        <source>Tasks come from the network&apos;s strangers. Without a sandbox they run as you: they could read your files and use the network. They still run only when you are away and at the lowest priority.

Installing bubblewrap is safer. You can turn this off again in Settings.</source>
        <translation>タスクはネットワーク上の見知らぬ人から届きます。サンドボックスがないと、タスクはあなたとして実行され、あなたのファイルを読んだりネットワークを使ったりできてしまいます。それでも、実行されるのはパソコンから離れているときだけで、優先度も最低です。

bubblewrap をインストールするほうが安全です。この設定は、設定ページでいつでもオフに戻せます。</translation>
    </message>
    <message>
        <source>Run without a sandbox</source>
        <translation>サンドボックスなしで実行</translation>
    </message>
    <message>
        <source>A task</source>
        <translation>タスク</translation>
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
        <translation>%1 — %2、休止中</translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <translation>%1 — %2 · %3</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>%1 の進み具合</translation>
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
        <translation>%1 の残高はまだ読み取れていません。</translation>
    </message>
    <message>
        <source>Showing the balance from %1.</source>
        <translation>%1 の残高を表示しています。</translation>
    </message>
    <message>
        <source>%1 %2 Trying again in a minute. Check your internet connection, or change “Blockchain node address” in Settings.</source>
        <translation>%1 %2 1 分後に再試行します。インターネット接続を確認するか、設定の「ブロックチェーンノードのアドレス」を変更してください。</translation>
    </message>
    <message>
        <source>Reading the balance of %1 from the blockchain…</source>
        <translation>%1 の残高をブロックチェーンから読み取っています…</translation>
    </message>
    <message>
        <source>Read from the blockchain at %1 for %2.</source>
        <translation>%1 にブロックチェーンから %2 の残高を読み取りました。</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>Time worked in the last 7 days</source>
        <translation>過去 7 日間の作業時間</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>プロセッサー</translation>
    </message>
    <message>
        <source>Graphics card</source>
        <translation>グラフィックボード</translation>
    </message>
</context>
<context>
    <name>sc::ui::RangeSelector</name>
    <message>
        <source>7 days</source>
        <translation>7 日</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 日</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 年</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 を表示</translation>
    </message>
</context>
<context>
    <name>sc::ui::ScheduleGrid</name>
    <message>
        <source>Hours when tasks may run</source>
        <translation>タスクを実行できる時間帯</translation>
    </message>
    <message>
        <source>A week, one row per day and one column per hour. Filled hours are when tasks may run. Arrow keys move, Space switches an hour.</source>
        <translation>1 週間を、1 日を 1 行、1 時間を 1 列で表しています。塗りつぶされた時間帯にタスクを実行できます。矢印キーで移動し、スペースキーでその 1 時間を切り替えます。</translation>
    </message>
</context>
<context>
    <name>sc::ui::SettingsPage</name>
    <message>
        <source>Move</source>
        <translation>切り替える</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>初期設定に戻す</translation>
    </message>
    <message>
        <source>Restore the defaults of “%1”</source>
        <translation>「%1」を初期設定に戻す</translation>
    </message>
    <message>
        <source>Puts every choice in “%1” back as SpareCycles came.</source>
        <translation>「%1」のすべての項目を、SpareCycles の初期状態に戻します。</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <source>When to run</source>
        <translation>実行するタイミング</translation>
    </message>
    <message>
        <source>Only while I’m away from the computer</source>
        <translation>パソコンから離れているときだけ</translation>
    </message>
    <message>
        <source>Start after I have been away for</source>
        <translation>離れてから開始するまで</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Minutes away before tasks start</source>
        <translation>タスクを始めるまでの離席時間（分）</translation>
    </message>
    <message>
        <source>Always, but slowed down while I use the computer</source>
        <translation>常に実行（パソコンの使用中は速度を落とす）</translation>
    </message>
    <message>
        <source>While I use it, tasks get</source>
        <translation>使用中にタスクが使えるのは</translation>
    </message>
    <message>
        <source>%1 % of the processor time</source>
        <translation>プロセッサー時間の %1 %</translation>
    </message>
    <message>
        <source>Processor time for tasks while you use the computer</source>
        <translation>パソコンの使用中にタスクが使えるプロセッサー時間</translation>
    </message>
    <message>
        <source>Always, at full speed</source>
        <translation>常に全速で実行</translation>
    </message>
    <message>
        <source>Tasks always run at the lowest priority, so the programs you use come first.</source>
        <translation>タスクは常に最低の優先度で実行されるので、お使いのプログラムが優先されます。</translation>
    </message>
    <message>
        <source>Also use the graphics card while I use the computer</source>
        <translation>パソコンの使用中もグラフィックボードを使う</translation>
    </message>
    <message>
        <source>Hours when tasks may run (click or drag to change):</source>
        <translation>タスクを実行できる時間帯（クリックまたはドラッグで変更）：</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>いつでも</translation>
    </message>
    <message>
        <source>Allow every hour of the week.</source>
        <translation>1 週間のすべての時間帯を許可します。</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>制限</translation>
    </message>
    <message>
        <source>Processor cores tasks may use</source>
        <translation>タスクが使えるプロセッサーコア</translation>
    </message>
    <message numerus="yes">
        <source>of %n cores</source>
        <translation>
            <numerusform>コア（全 %n コア中）</numerusform>
        </translation>
    </message>
    <message>
        <source>Processor cores:</source>
        <translation>プロセッサーコア：</translation>
    </message>
    <message>
        <source>Processor time:</source>
        <translation>プロセッサー時間：</translation>
    </message>
    <message>
        <source>Processor time each task may use</source>
        <translation>各タスクが使えるプロセッサー時間</translation>
    </message>
    <message>
        <source>%1 % of each core&apos;s time</source>
        <translation>各コアの時間の %1 %</translation>
    </message>
    <message>
        <source>Memory while I use the computer:</source>
        <translation>パソコンの使用中のメモリ：</translation>
    </message>
    <message>
        <source>Memory tasks may use while you use the computer</source>
        <translation>パソコンの使用中にタスクが使えるメモリ</translation>
    </message>
    <message>
        <source>%1 % (%2)</source>
        <translation>%1 %（%2）</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Memory while I’m away:</source>
        <translation>離れているときのメモリ：</translation>
    </message>
    <message>
        <source>Memory tasks may use while you are away</source>
        <translation>パソコンから離れているときにタスクが使えるメモリ</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>Disk space always left free</source>
        <translation>常に空けておくディスク容量</translation>
    </message>
    <message>
        <source>Always leave free on the disk:</source>
        <translation>ディスクの空きを常に確保：</translation>
    </message>
    <message>
        <source>Disk space tasks may use at most</source>
        <translation>タスクが使えるディスク容量の上限</translation>
    </message>
    <message>
        <source>Disk space for tasks, at most:</source>
        <translation>タスク用のディスク容量（上限）：</translation>
    </message>
    <message>
        <source>Pause tasks while other programs keep the processor busy</source>
        <translation>他のプログラムがプロセッサーを使っている間はタスクを一時停止</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>above %1 % of the processor</source>
        <translation>プロセッサーの %1 % を超えたとき</translation>
    </message>
    <message>
        <source>How busy other programs must keep the processor</source>
        <translation>他のプログラムのプロセッサー使用率の基準</translation>
    </message>
    <message>
        <source>When they use</source>
        <translation>使用率が</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds other programs must be busy before tasks pause</source>
        <translation>タスクを一時停止するまで、他のプログラムの負荷が続く秒数</translation>
    </message>
    <message>
        <source>Pause once they have been busy for:</source>
        <translation>負荷がこの時間続いたら一時停止：</translation>
    </message>
    <message>
        <source>Seconds tasks stay paused at least</source>
        <translation>タスクが一時停止したままになる最低秒数</translation>
    </message>
    <message>
        <source>Then stay paused for at least:</source>
        <translation>その後、少なくともこの時間は一時停止：</translation>
    </message>
    <message>
        <source>Pause while one of these programs runs (a game, for example):</source>
        <translation>次のプログラムのどれかが動いている間は一時停止（ゲームなど）：</translation>
    </message>
    <message>
        <source>Programs that pause tasks while they run</source>
        <translation>実行中はタスクを一時停止させるプログラム</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Pause for a program</source>
        <translation>一時停止するプログラム</translation>
    </message>
    <message>
        <source>The program’s name as the system lists it (for example steam or blender):</source>
        <translation>システムに表示されるプログラム名（例：steam、blender）：</translation>
    </message>
    <message>
        <source>Run tasks even where they cannot be shut in a sandbox</source>
        <translation>サンドボックスに閉じ込められない場合もタスクを実行する</translation>
    </message>
    <message>
        <source>Not recommended: without a sandbox a task could read your files. SpareCycles uses a sandbox wherever this computer can set one up.</source>
        <translation>おすすめしません：サンドボックスがないと、タスクがあなたのファイルを読めてしまいます。SpareCycles は、このパソコンで使えるときは必ずサンドボックスを使います。</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Tasks slow down as the temperature nears the limit and stop above it, so the computer never runs hotter than you allow.</source>
        <translation>温度が上限に近づくとタスクは速度を落とし、上限を超えると止まります。そのため、パソコンが許可した温度より熱くなることはありません。</translation>
    </message>
    <message>
        <source> °C</source>
        <translation> °C</translation>
    </message>
    <message>
        <source>Processor: keep below</source>
        <translation>プロセッサー：この温度未満に保つ</translation>
    </message>
    <message>
        <source>Processor temperature limit</source>
        <translation>プロセッサーの温度の上限</translation>
    </message>
    <message>
        <source>Graphics card: keep below</source>
        <translation>グラフィックボード：この温度未満に保つ</translation>
    </message>
    <message>
        <source>Graphics card temperature limit</source>
        <translation>グラフィックボードの温度の上限</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>バッテリー</translation>
    </message>
    <message>
        <source>Pause tasks</source>
        <translation>タスクを一時停止</translation>
    </message>
    <message>
        <source>Run only while the battery is charged enough</source>
        <translation>十分に充電されているときだけ実行</translation>
    </message>
    <message>
        <source>Run as on mains power</source>
        <translation>電源接続時と同じように実行</translation>
    </message>
    <message>
        <source>What tasks do on battery</source>
        <translation>バッテリー駆動時のタスクの動作</translation>
    </message>
    <message>
        <source>On battery:</source>
        <translation>バッテリー駆動時：</translation>
    </message>
    <message>
        <source>above %1 %</source>
        <translation>%1 % を超えるとき</translation>
    </message>
    <message>
        <source>Battery charge tasks need</source>
        <translation>タスクの実行に必要なバッテリー残量</translation>
    </message>
    <message>
        <source>Run while charged:</source>
        <translation>実行するバッテリー残量：</translation>
    </message>
    <message>
        <source>On a computer without a battery this changes nothing.</source>
        <translation>バッテリーのないパソコンでは、この設定は影響しません。</translation>
    </message>
    <message>
        <source>Network and payout</source>
        <translation>ネットワークと支払い</translation>
    </message>
    <message>
        <source>Work for:</source>
        <translation>参加先：</translation>
    </message>
    <message>
        <source>The demo network on this computer (its credit has no value)</source>
        <translation>このパソコン上のデモネットワーク（報酬に価値はありません）</translation>
    </message>
    <message>
        <source>The network at this address:</source>
        <translation>次のアドレスのネットワーク：</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Address of the network</source>
        <translation>ネットワークのアドレス</translation>
    </message>
    <message>
        <source>&amp;Join…</source>
        <translation>参加(&amp;J)…</translation>
    </message>
    <message>
        <source>the demo network on this computer</source>
        <translation>このパソコン上のデモネットワーク</translation>
    </message>
    <message>
        <source>Payout address (where the network sends what you earn):</source>
        <translation>受取アドレス（ネットワークが獲得した報酬を送る先）：</translation>
    </message>
    <message>
        <source>0x… (your wallet’s address; you can add it later)</source>
        <translation>0x…（ウォレットのアドレス。あとで追加できます）</translation>
    </message>
    <message>
        <source>Payout address</source>
        <translation>受取アドレス</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the payout address</source>
        <translation>受取アドレスをコピー</translation>
    </message>
    <message>
        <source>Create or import a wallet…</source>
        <translation>ウォレットを作成またはインポート…</translation>
    </message>
    <message>
        <source>No wallet yet? SpareCycles can make one for you, or bring in one you have from its recovery words or a wallet file.</source>
        <translation>ウォレットをお持ちでない場合は、SpareCycles が作成できます。お持ちのウォレットを復元ワードやウォレットファイルからインポートすることもできます。</translation>
    </message>
    <message>
        <source>Export wallet…</source>
        <translation>ウォレットをエクスポート…</translation>
    </message>
    <message>
        <source>Save a copy of the wallet SpareCycles holds to a file locked with a password.</source>
        <translation>SpareCycles が保管しているウォレットのコピーを、パスワードでロックしたファイルに保存します。</translation>
    </message>
    <message>
        <source>Blockchain node to read your wallet balance from:</source>
        <translation>ウォレットの残高を読み取るブロックチェーンノード：</translation>
    </message>
    <message>
        <source>The one your network suggests</source>
        <translation>ネットワークが勧めるノード</translation>
    </message>
    <message>
        <source>Blockchain node address</source>
        <translation>ブロックチェーンノードのアドレス</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Tell me when:</source>
        <translation>次のときに通知：</translation>
    </message>
    <message>
        <source>a payout arrives</source>
        <translation>支払いが届いたとき</translation>
    </message>
    <message>
        <source>tasks stop because the computer got too hot</source>
        <translation>パソコンが熱くなりすぎてタスクが止まったとき</translation>
    </message>
    <message>
        <source>a task fails again and again</source>
        <translation>タスクが何度も失敗したとき</translation>
    </message>
    <message>
        <source>the network has been out of reach for half an hour</source>
        <translation>ネットワークに 30 分間つながらないとき</translation>
    </message>
    <message>
        <source>App</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語：</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Dark icon, for a light panel</source>
        <translation>暗いアイコン（明るいパネル用）</translation>
    </message>
    <message>
        <source>Light icon, for a dark panel</source>
        <translation>明るいアイコン（暗いパネル用）</translation>
    </message>
    <message>
        <source>Tray icon colour</source>
        <translation>トレイアイコンの色</translation>
    </message>
    <message>
        <source>Tray icon:</source>
        <translation>トレイアイコン：</translation>
    </message>
    <message>
        <source>Start SpareCycles when I log in</source>
        <translation>ログイン時に SpareCycles を起動する</translation>
    </message>
    <message>
        <source>Choose at least one hour, or tasks could never run.</source>
        <translation>少なくとも 1 時間は選んでください。そうしないとタスクがまったく実行されません。</translation>
    </message>
    <message>
        <source>Type the network’s address, such as https://hub.example.org.</source>
        <translation>https://hub.example.org のような、ネットワークのアドレスを入力してください。</translation>
    </message>
    <message>
        <source>A network’s address starts with https:// or http://, such as https://hub.example.org.</source>
        <translation>ネットワークのアドレスは https:// または http:// で始まります（例：https://hub.example.org）。</translation>
    </message>
    <message>
        <source>Move to another network?</source>
        <translation>別のネットワークに切り替えますか？</translation>
    </message>
    <message>
        <source>Move to %1?

Tasks of the network you work for now that have not finished are dropped, and this computer starts on tasks from the new one. The credit you earned stays in your history.</source>
        <translation>%1 に切り替えますか？

今参加しているネットワークの未完了のタスクは破棄され、このパソコンは新しいネットワークのタスクを始めます。獲得した報酬は履歴に残ります。</translation>
    </message>
    <message>
        <source>SpareCycles now works for %1.</source>
        <translation>SpareCycles の参加先が %1 になりました。</translation>
    </message>
    <message>
        <source>Go back to %1</source>
        <translation>%1 に戻す</translation>
    </message>
    <message>
        <source>Tasks may run at any hour.</source>
        <translation>タスクはいつでも実行できます。</translation>
    </message>
    <message numerus="yes">
        <source>Tasks may run %n of the 168 hours of a week.</source>
        <translation>
            <numerusform>タスクは 1 週間 168 時間のうち %n 時間実行できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Now %1 °C</source>
        <translation>現在 %1 °C</translation>
    </message>
    <message>
        <source>This computer does not report it</source>
        <translation>このパソコンは温度を報告しません</translation>
    </message>
    <message>
        <source>No graphics card reports it</source>
        <translation>温度を報告するグラフィックボードがありません</translation>
    </message>
    <message>
        <source>Let tasks use the graphics card</source>
        <translation>タスクにグラフィックボードの使用を許可する</translation>
    </message>
</context>
<context>
    <name>sc::ui::ThisPcPage</name>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Your computer</source>
        <translation>お使いのパソコン</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み取り中…</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>&amp;Measure speed now</source>
        <translation>今すぐ速度を測定(&amp;M)</translation>
    </message>
    <message>
        <source>Measure this computer&apos;s speed now</source>
        <translation>このパソコンの速度を今すぐ測定します</translation>
    </message>
    <message>
        <source>Unknown processor</source>
        <translation>不明なプロセッサー</translation>
    </message>
    <message>
        <source>%1 cores, can run %2 tasks at once</source>
        <translation>%1 コア、同時に %2 件のタスクを実行可能</translation>
    </message>
    <message>
        <source>can run %1 tasks at once</source>
        <translation>同時に %1 件のタスクを実行可能</translation>
    </message>
    <message>
        <source>up to %1 GHz</source>
        <translation>最大 %1 GHz</translation>
    </message>
    <message>
        <source>Processor:</source>
        <translation>プロセッサー：</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>メモリ：</translation>
    </message>
    <message>
        <source>%1 (%2 free now)</source>
        <translation>%1（現在の空き %2）</translation>
    </message>
    <message>
        <source>, %1 memory</source>
        <translation>、メモリ %1</translation>
    </message>
    <message>
        <source>Graphics:</source>
        <translation>グラフィック：</translation>
    </message>
    <message>
        <source>No graphics card that tasks can use was found.</source>
        <translation>タスクが使えるグラフィックボードは見つかりませんでした。</translation>
    </message>
    <message>
        <source>Free disk space:</source>
        <translation>ディスクの空き容量：</translation>
    </message>
    <message>
        <source>%1 in the SpareCycles folder</source>
        <translation>%1（SpareCycles のフォルダー）</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>システム：</translation>
    </message>
    <message>
        <source>Battery:</source>
        <translation>バッテリー：</translation>
    </message>
    <message>
        <source>Yes. Tasks follow the battery rules in Settings.</source>
        <translation>あり。タスクは設定のバッテリーのルールに従います。</translation>
    </message>
    <message>
        <source>No (this computer runs on mains power).</source>
        <translation>なし（このパソコンはコンセントの電源で動作しています）。</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>温度：</translation>
    </message>
    <message>
        <source>%1 °C now (measured by %2)</source>
        <translation>現在 %1 °C（%2 で測定）</translation>
    </message>
    <message>
        <source>This computer does not report its processor temperature, so SpareCycles cannot slow tasks down when it gets hot.</source>
        <translation>このパソコンはプロセッサーの温度を報告しないため、熱くなっても SpareCycles はタスクの速度を落とせません。</translation>
    </message>
    <message>
        <source>The speed of this computer has not been measured yet. It takes a few seconds and runs at low priority.</source>
        <translation>このパソコンの速度はまだ測定されていません。測定は数秒で終わり、低い優先度で実行されます。</translation>
    </message>
    <message numerus="yes">
        <source>Measured on %1 using %n threads. Higher numbers are faster.</source>
        <translation>
            <numerusform>%1 に %n 個のスレッドで測定しました。数値が大きいほど高速です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall score:</source>
        <translation>総合スコア：</translation>
    </message>
    <message>
        <source>Whole-number work:</source>
        <translation>整数の計算：</translation>
    </message>
    <message>
        <source>%1 million operations per second (one core: %2)</source>
        <translation>毎秒 %1 百万回の演算（1 コア：%2）</translation>
    </message>
    <message>
        <source>Decimal maths:</source>
        <translation>小数の計算：</translation>
    </message>
    <message>
        <source>Memory speed:</source>
        <translation>メモリの速度：</translation>
    </message>
    <message>
        <source>%1 GB per second (one core: %2)</source>
        <translation>毎秒 %1 GB（1 コア：%2）</translation>
    </message>
    <message>
        <source>Measuring… (a few seconds)</source>
        <translation>測定中…（数秒かかります）</translation>
    </message>
</context>
<context>
    <name>sc::ui::TrayController</name>
    <message>
        <source>SpareCycles menu</source>
        <translation>SpareCycles メニュー</translation>
    </message>
    <message>
        <source>&amp;Open dashboard</source>
        <translation>ダッシュボードを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Pause for 1 &amp;hour</source>
        <translation>1 時間一時停止(&amp;H)</translation>
    </message>
    <message>
        <source>Pause until &amp;tomorrow</source>
        <translation>明日まで一時停止(&amp;T)</translation>
    </message>
    <message>
        <source>Pause until I &amp;resume</source>
        <translation>再開するまで一時停止(&amp;R)</translation>
    </message>
    <message>
        <source>R&amp;esume</source>
        <translation>再開(&amp;E)</translation>
    </message>
    <message>
        <source>Run &amp;now for an hour, even while I use the computer</source>
        <translation>今すぐ 1 時間実行（パソコンの使用中も）(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>SpareCycles: %1</source>
        <translation>SpareCycles：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks running</source>
        <translation>
            <numerusform>%n 件のタスクを実行中</numerusform>
        </translation>
    </message>
    <message>
        <source>Earned today: %1</source>
        <translation>今日の獲得額：%1</translation>
    </message>
</context>
<context>
    <name>sc::ui::WalletDialog</name>
    <message>
        <source>Your wallet</source>
        <translation>ウォレット</translation>
    </message>
    <message>
        <source>A wallet for your payouts</source>
        <translation>支払いを受け取るウォレット</translation>
    </message>
    <message>
        <source>A wallet is where the tokens you earn with this computer&apos;s spare time are paid to; SpareCycles can make one for you and keep its key on this computer. A new wallet comes with 12 recovery words, and those words are the only way back to it if this computer breaks or is lost.</source>
        <translation>ウォレットは、このパソコンの空き時間で獲得したトークンが支払われる場所です。SpareCycles がウォレットを作成し、そのキーをこのパソコンに保管できます。新しいウォレットには 12 語の復元ワードが付いています。このパソコンが壊れたりなくなったりしたとき、ウォレットを取り戻す方法はこの単語だけです。</translation>
    </message>
    <message>
        <source>&amp;Make a new wallet for me</source>
        <translation>新しいウォレットを作成する(&amp;M)</translation>
    </message>
    <message>
        <source>I have a wallet: bring it in with its recovery &amp;words</source>
        <translation>ウォレットを持っている：復元ワードでインポートする(&amp;W)</translation>
    </message>
    <message>
        <source>I have a wallet: bring it in from a wallet &amp;file</source>
        <translation>ウォレットを持っている：ウォレットファイルからインポートする(&amp;F)</translation>
    </message>
    <message>
        <source>A Web3 keystore (v3) JSON file, as MetaMask, MyEtherWallet or geth save it.</source>
        <translation>MetaMask、MyEtherWallet、geth が保存する、Web3 キーストア（v3）形式の JSON ファイルです。</translation>
    </message>
    <message>
        <source>&amp;Save a copy of the wallet to a file</source>
        <translation>ウォレットのコピーをファイルに保存する(&amp;S)</translation>
    </message>
    <message>
        <source>Write down your 12 recovery words</source>
        <translation>12 語の復元ワードを書き留めてください</translation>
    </message>
    <message>
        <source>Write these words on paper, in this order, and keep the paper somewhere safe. Anyone who sees them can take everything in the wallet, and nobody, not even SpareCycles, can give them to you again: they are shown only this once.</source>
        <translation>これらの単語をこの順番で紙に書き、その紙を安全な場所に保管してください。これを見た人は誰でもウォレットの中身をすべて持ち出せます。また、SpareCycles も含めて誰も再発行できません。表示されるのは今回だけです。</translation>
    </message>
    <message>
        <source>A BIP-39 recovery phrase (English word list); the wallet&apos;s first account (m/44&apos;/60&apos;/0&apos;/0/0) receives the payouts.</source>
        <translation>BIP-39 の復元フレーズ（英語の単語リスト）。ウォレットの最初のアカウント（m/44&apos;/60&apos;/0&apos;/0/0）が支払いを受け取ります。</translation>
    </message>
    <message>
        <source>I &amp;wrote them down</source>
        <translation>書き留めました(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Check your paper</source>
        <translation>紙を確認してください</translation>
    </message>
    <message>
        <source>Type the words your paper has at these numbers.</source>
        <translation>紙に書いた単語のうち、次の番号のものを入力してください。</translation>
    </message>
    <message>
        <source>Choose a password</source>
        <translation>パスワードを決めてください</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>パスワード（確認）</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>もう一度(&amp;A)：</translation>
    </message>
    <message>
        <source>Your recovery words</source>
        <translation>復元ワード</translation>
    </message>
    <message>
        <source>Type or paste the 12 or 24 recovery words of your wallet, in order, separated by spaces. Payouts will go to the wallet&apos;s first account.</source>
        <translation>ウォレットの 12 語または 24 語の復元ワードを、順番どおりにスペースで区切って入力するか、貼り付けてください。支払いはウォレットの最初のアカウントに送られます。</translation>
    </message>
    <message>
        <source>Recovery words</source>
        <translation>復元ワード</translation>
    </message>
    <message>
        <source>A BIP-39 phrase in English; the account used is m/44&apos;/60&apos;/0&apos;/0/0.</source>
        <translation>英語の BIP-39 フレーズです。使われるアカウントは m/44&apos;/60&apos;/0&apos;/0/0 です。</translation>
    </message>
    <message>
        <source>Your wallet file</source>
        <translation>ウォレットファイル</translation>
    </message>
    <message>
        <source>Choose the file your wallet was saved in (MetaMask, MyEtherWallet and SpareCycles save a file ending in .json) and type its password.</source>
        <translation>ウォレットを保存したファイル（MetaMask、MyEtherWallet、SpareCycles は .json で終わるファイルを保存します）を選び、そのパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Wallet &amp;file:</source>
        <translation>ウォレットファイル(&amp;F)：</translation>
    </message>
    <message>
        <source>Wallet file</source>
        <translation>ウォレットファイル</translation>
    </message>
    <message>
        <source>Wallet files (*.json *.keystore);;All files (*)</source>
        <translation>ウォレットファイル (*.json *.keystore);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>A Web3 keystore (v3) JSON file.</source>
        <translation>Web3 キーストア（v3）形式の JSON ファイルです。</translation>
    </message>
    <message>
        <source>Password of the file</source>
        <translation>ファイルのパスワード</translation>
    </message>
    <message>
        <source>Save a copy of your wallet</source>
        <translation>ウォレットのコピーを保存</translation>
    </message>
    <message>
        <source>The copy is a file locked with a password. MetaMask and most other wallets can open it; keep it as safe as your recovery words.</source>
        <translation>コピーはパスワードでロックされたファイルです。MetaMask などほとんどのウォレットで開けます。復元ワードと同じくらい大切に保管してください。</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>保存先(&amp;A)：</translation>
    </message>
    <message>
        <source>Save the wallet as</source>
        <translation>ウォレットの保存先</translation>
    </message>
    <message>
        <source>Wallet files (*.json)</source>
        <translation>ウォレットファイル (*.json)</translation>
    </message>
    <message>
        <source>Written as a Web3 keystore (v3) JSON file, readable only by you.</source>
        <translation>Web3 キーストア（v3）形式の JSON ファイルとして書き込まれ、あなただけが読めます。</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>同じパスワードをもう一度</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>An EIP-55 address on an EVM chain.</source>
        <translation>EVM チェーン上の EIP-55 アドレスです。</translation>
    </message>
    <message>
        <source>Looking for this computer&apos;s keychain… (this can take a few seconds)</source>
        <translation>このパソコンのキーチェーンを探しています…（数秒かかることがあります）</translation>
    </message>
    <message>
        <source>SpareCycles keeps a wallet for this computer in %1.</source>
        <translation>SpareCycles はこのパソコンのウォレットを%1に保管しています。</translation>
    </message>
    <message>
        <source>Its address is %1.</source>
        <translation>アドレスは %1 です。</translation>
    </message>
    <message>
        <source>It is never replaced, because it holds the key of your payouts; you can save a copy.</source>
        <translation>支払いを受け取るためのキーが入っているので、置き換えられることはありません。コピーは保存できます。</translation>
    </message>
    <message>
        <source>There is no wallet made by SpareCycles here yet, so there is nothing to save. Make one or bring yours in.</source>
        <translation>ここには SpareCycles で作成したウォレットがまだないため、保存するものはありません。ウォレットを作成するか、お持ちのウォレットをインポートしてください。</translation>
    </message>
    <message>
        <source>The wallet&apos;s key will be kept in the system keychain, which your login unlocks.</source>
        <translation>ウォレットのキーはシステムのキーチェーンに保管されます。キーチェーンはログインするとロックが解除されます。</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the wallet will be kept in a file locked with a password: %1</source>
        <translation>このパソコンにはキーチェーンがないため、ウォレットはパスワードでロックしたファイルに保管されます：%1</translation>
    </message>
    <message>
        <source>Word %1:</source>
        <translation>%1 番目の単語：</translation>
    </message>
    <message>
        <source>Word %1</source>
        <translation>%1 番目の単語</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the wallet is kept in a file locked with a password. Choose one of at least %1 characters: it is asked for when you save a copy of the wallet. If you forget it, your recovery words still bring the wallet back.</source>
        <translation>このパソコンにはキーチェーンがないため、ウォレットはパスワードでロックしたファイルに保管されます。%1 文字以上のパスワードを決めてください。ウォレットのコピーを保存するときに必要です。忘れてしまっても、復元ワードがあればウォレットを取り戻せます。</translation>
    </message>
    <message>
        <source>The copy is locked with the password of your wallet. Type it:</source>
        <translation>コピーはウォレットのパスワードでロックされます。パスワードを入力してください：</translation>
    </message>
    <message>
        <source>Choose a password for the copy (at least %1 characters); it is needed to open the copy:</source>
        <translation>コピー用のパスワードを決めてください（%1 文字以上）。コピーを開くときに必要です：</translation>
    </message>
    <message>
        <source>Your wallet&apos;s password</source>
        <translation>ウォレットのパスワード</translation>
    </message>
    <message>
        <source>A new password</source>
        <translation>新しいパスワード</translation>
    </message>
    <message>
        <source>Word %1 is not the word that was shown.</source>
        <translation>%1 番目の単語が、表示された単語と違います。</translation>
    </message>
    <message>
        <source>Words %1 are not the words that were shown.</source>
        <translation>%1 番目の単語が、表示された単語と違います。</translation>
    </message>
    <message>
        <source>Look at your paper and type again. Nothing has been saved. If you did not write the words down, press Cancel and start again for new words.</source>
        <translation>紙を見て、もう一度入力してください。まだ何も保存されていません。単語を書き留めていない場合は、「キャンセル」を押して最初からやり直すと、新しい単語が表示されます。</translation>
    </message>
    <message>
        <source>A copy of your wallet is saved</source>
        <translation>ウォレットのコピーを保存しました</translation>
    </message>
    <message>
        <source>The copy holds the key of this address:</source>
        <translation>このコピーには、次のアドレスのキーが入っています：</translation>
    </message>
    <message>
        <source>The copy is in %1, locked with %2. To use the wallet elsewhere, open that file in MetaMask or another wallet (&quot;import a JSON file&quot;).</source>
        <translation>コピーは %1 にあり、%2でロックされています。このウォレットを他の場所で使うには、MetaMask などのウォレットでこのファイルを開いてください（「JSON ファイルをインポート」）。</translation>
    </message>
    <message>
        <source>your wallet&apos;s password</source>
        <translation>ウォレットのパスワード</translation>
    </message>
    <message>
        <source>the password you just chose</source>
        <translation>先ほど決めたパスワード</translation>
    </message>
    <message>
        <source>Your wallet is ready</source>
        <translation>ウォレットの準備ができました</translation>
    </message>
    <message>
        <source>Its key is kept in %1.</source>
        <translation>キーは%1に保管されています。</translation>
    </message>
    <message>
        <source>Keep your paper with the 12 words safe: it is the only way back to this wallet.</source>
        <translation>12 語を書いた紙は大切に保管してください。このウォレットを取り戻す唯一の方法です。</translation>
    </message>
    <message>
        <source>Until now payouts went to %1; what was paid there stays there.</source>
        <translation>これまでの支払いは %1 に送られていました。そこに支払われた分はそのまま残ります。</translation>
    </message>
    <message>
        <source>Payouts now go to this address:</source>
        <translation>今後の支払いは次のアドレスに送られます：</translation>
    </message>
</context>
<context>
    <name>sc::ui::WalletPage</name>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
</context>
<context>
    <name>sc::ui::WordGrid</name>
    <message>
        <source>Recovery words</source>
        <translation>復元ワード</translation>
    </message>
    <message>
        <source>Word %1</source>
        <translation>%1 番目の単語</translation>
    </message>
</context>
</TS>
