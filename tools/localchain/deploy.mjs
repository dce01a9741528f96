// SPDX-License-Identifier: GPL-3.0-or-later
// Deploys the SpareCycles token to a running anvil and funds the hub's payout key, then writes
// DIR/chain.json. Called by scripts/localchain.sh; see docs/localchain.md.
//
//   node deploy.mjs --rpc URL --dir DIR --pid N [--payout-address 0x… | --payout-key FILE] [--reuse]
// --reuse: when DIR/deployment.json names a token that the chain (started from a saved
// state) still has, and the same payout address, nothing is deployed or funded again.
//
// Without a payout option it uses DIR/payout.key, creating a fresh random key there first if
// there is none. Everything goes through plain JSON-RPC: anvil's first dev account is unlocked,
// so eth_sendTransaction needs no signing here.
import { createECDH, randomBytes } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { keccak_256 } from '@noble/hashes/sha3';
import solc from 'solc';

const HERE = dirname(fileURLToPath(import.meta.url));
const CHAIN_ID = 31337;
const UNIT = 10n ** 18n; // 1 SCT, 1 ETH
const INITIAL_SUPPLY = 1_000_000_000n * UNIT; // minted to the deployer
const PAYOUT_TOKENS = 1_000_000n * UNIT; // given to the payout address
const PAYOUT_GAS_WEI = 10n * UNIT; // ETH for the payout address's transaction fees
const SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

function fail(message) {
    process.stderr.write(`localchain: ${message}\n`);
    process.exit(1);
}

const hex = (bytes) => Buffer.from(bytes).toString('hex');
const keccakHex = (data) => hex(keccak_256(data));
const word = (n) => BigInt(n).toString(16).padStart(64, '0');
const selector = (signature) => '0x' + keccakHex(Buffer.from(signature)).slice(0, 8);

// EIP-55 mixed-case checksum of a 40-hex-digit address.
function checksummed(address) {
    const lower = address.toLowerCase().replace(/^0x/, '');
    const hash = keccakHex(Buffer.from(lower, 'ascii'));
    let out = '0x';
    for (let i = 0; i < 40; ++i)
        out += parseInt(hash[i], 16) >= 8 ? lower[i].toUpperCase() : lower[i];
    return out;
}

// The Ethereum address of a secp256k1 private key: the last 20 bytes of the Keccak-256 of the
// uncompressed public key without its 0x04 prefix.
function addressOfKey(keyHex) {
    const ecdh = createECDH('secp256k1');
    ecdh.setPrivateKey(Buffer.from(keyHex, 'hex'));
    const pub = ecdh.getPublicKey(null, 'uncompressed');
    return checksummed(keccakHex(pub.subarray(1)).slice(24));
}

function readKey(file) {
    let text;
    try {
        text = readFileSync(file, 'ascii').trim().replace(/^0x/, '');
    } catch (e) {
        fail(`cannot read the payout key ${file}: ${e.code ?? e.message}`);
    }
    if (!/^[0-9a-fA-F]{64}$/.test(text))
        fail(`${file} does not hold a private key (64 hex digits)`);
    const k = BigInt('0x' + text);
    if (k === 0n || k >= SECP256K1_N)
        fail(`${file} holds a number that is not a secp256k1 private key`);
    return text.toLowerCase();
}

function writeAtomically(file, text, mode) {
    const tmp = `${file}.tmp-${process.pid}`;
    writeFileSync(tmp, text, { mode });
    renameSync(tmp, file);
}

function newKey(file) {
    let k;
    do
        k = BigInt('0x' + hex(randomBytes(32)));
    while (k === 0n || k >= SECP256K1_N);
    writeAtomically(file, k.toString(16).padStart(64, '0') + '\n', 0o600);
}

let rpcUrl;
let nextId = 1;
async function rpc(method, params = []) {
    const response = await fetch(rpcUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ jsonrpc: '2.0', id: nextId++, method, params }),
    });
    const body = await response.json();
    if (body.error)
        throw new Error(`${method}: ${body.error.message}`);
    return body.result;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitForChain(seconds) {
    const deadline = Date.now() + seconds * 1000;
    let last = '';
    while (Date.now() < deadline) {
        try {
            const id = await rpc('eth_chainId');
            if (parseInt(id, 16) !== CHAIN_ID)
                fail(`${rpcUrl} answers with chain id ${id}, expected ${CHAIN_ID}`);
            return;
        } catch (e) {
            last = e.cause?.code ?? e.message;
        }
        await sleep(100);
    }
    fail(`the chain at ${rpcUrl} did not answer eth_chainId within ${seconds} s (${last})`);
}

// anvil automines each transaction, but the receipt may not be there at once: poll it.
async function send(tx, what) {
    const hash = await rpc('eth_sendTransaction', [tx]);
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
        const receipt = await rpc('eth_getTransactionReceipt', [hash]);
        if (receipt) {
            if (receipt.status !== '0x1')
                fail(`${what} reverted (transaction ${hash})`);
            return receipt;
        }
        await sleep(50);
    }
    fail(`${what} was not mined within 30 s (transaction ${hash})`);
}

function compile() {
    const file = 'SpareCyclesToken.sol';
    const input = {
        language: 'Solidity',
        sources: { [file]: { content: readFileSync(join(HERE, 'contracts', file), 'utf8') } },
        settings: {
            evmVersion: 'paris',
            optimizer: { enabled: true, runs: 200 },
            outputSelection: { '*': { '*': ['evm.bytecode.object'] } },
        },
    };
    const output = JSON.parse(solc.compile(JSON.stringify(input)));
    const errors = (output.errors ?? []).filter((e) => e.severity === 'error');
    if (errors.length)
        fail('the token contract does not compile:\n' + errors.map((e) => e.formattedMessage).join('\n'));
    return output.contracts[file].SpareCyclesToken.evm.bytecode.object;
}

async function main() {
    const { values } = parseArgs({
        options: {
            rpc: { type: 'string' },
            dir: { type: 'string' },
            pid: { type: 'string' },
            'payout-address': { type: 'string' },
            'payout-key': { type: 'string' },
            reuse: { type: 'boolean' },
        },
    });
    if (!values.rpc || !values.dir || !values.pid || (values['payout-address'] && values['payout-key']))
        fail('usage: node deploy.mjs --rpc URL --dir DIR --pid N [--payout-address 0x… | --payout-key FILE]');
    rpcUrl = values.rpc;
    const dir = resolve(values.dir);

    let payoutKey = null;
    let payoutAddress;
    if (values['payout-address']) {
        if (!/^0x[0-9a-fA-F]{40}$/.test(values['payout-address']))
            fail(`--payout-address ${values['payout-address']} is not 0x and 40 hex digits`);
        payoutAddress = checksummed(values['payout-address']);
    } else {
        payoutKey = resolve(values['payout-key'] ?? join(dir, 'payout.key'));
        if (!values['payout-key']) {
            try {
                readFileSync(payoutKey);
            } catch {
                newKey(payoutKey);
            }
        }
        payoutAddress = addressOfKey(readKey(payoutKey));
    }

    await waitForChain(30);
    const deploymentFile = join(dir, 'deployment.json');
    if (values.reuse) {
        let earlier = null;
        try {
            earlier = JSON.parse(readFileSync(deploymentFile, 'utf8'));
        } catch {
            // none yet: deploy below
        }
        if (earlier && earlier.payout_address === payoutAddress && /^0x[0-9a-fA-F]{40}$/.test(earlier.token)
            && (await rpc('eth_getCode', [earlier.token, 'latest'])) !== '0x') {
            writeChain(dir, earlier.token, payoutKey, payoutAddress, values.pid);
            return;
        }
    }
    const bytecode = compile();
    const [deployer] = await rpc('eth_accounts');
    if (!deployer)
        fail(`${rpcUrl} has no unlocked account to deploy from`);

    const created = await send({ from: deployer, data: '0x' + bytecode + word(INITIAL_SUPPLY) },
        'deploying the token');
    const token = checksummed(created.contractAddress);
    await send({ from: deployer, to: token,
        data: selector('transfer(address,uint256)') + word(BigInt(payoutAddress)) + word(PAYOUT_TOKENS) },
    'funding the payout address with tokens');
    await send({ from: deployer, to: payoutAddress, value: '0x' + PAYOUT_GAS_WEI.toString(16) },
        'funding the payout address with gas');

    // Check what was done before saying so.
    const balance = await rpc('eth_call',
        [{ to: token, data: selector('balanceOf(address)') + word(BigInt(payoutAddress)) }, 'latest']);
    if (BigInt(balance) !== PAYOUT_TOKENS)
        fail(`the payout address holds ${BigInt(balance)} token units after funding, expected ${PAYOUT_TOKENS}`);

    writeAtomically(deploymentFile, JSON.stringify({ token, payout_address: payoutAddress }, null, 2) + '\n', 0o644);
    writeChain(dir, token, payoutKey, payoutAddress, values.pid);
}

function writeChain(dir, token, payoutKey, payoutAddress, pid) {
    const chain = {
        rpc: rpcUrl,
        chain_id: CHAIN_ID,
        token,
        payout_key: payoutKey,
        payout_address: payoutAddress,
        pid: Number(pid),
    };
    writeAtomically(join(dir, 'chain.json'), JSON.stringify(chain, null, 2) + '\n', 0o644);
}

main().catch((e) => fail(e.message));
