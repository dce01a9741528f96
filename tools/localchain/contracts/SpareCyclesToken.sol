// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity ^0.8.20;

/// @title SpareCycles Token (SCT)
/// @notice A minimal ERC-20 (EIP-20) token, written for this project: what the hub pays out on
/// the local demo chain and in tests. No owner, no minting after deployment, no pausing.
/// @dev Solidity 0.8 checks all arithmetic: an underflow or overflow reverts the call, so the
/// explicit `require`s below only give the reason a readable message.
contract SpareCyclesToken {
    string public constant name = "SpareCycles Token";
    string public constant symbol = "SCT";
    uint8 public constant decimals = 18;

    /// @notice All tokens in existence; fixed at deployment.
    uint256 public totalSupply;
    /// @notice Tokens held by each account, in the smallest unit (10^-18 SCT).
    mapping(address => uint256) public balanceOf;
    /// @notice allowance[owner][spender]: what spender may still move from owner's balance.
    mapping(address => mapping(address => uint256)) public allowance;

    event Transfer(address indexed from, address indexed to, uint256 value);
    event Approval(address indexed owner, address indexed spender, uint256 value);

    /// @param initialSupply the whole supply, in the smallest unit, credited to the deployer.
    constructor(uint256 initialSupply) {
        totalSupply = initialSupply;
        balanceOf[msg.sender] = initialSupply;
        emit Transfer(address(0), msg.sender, initialSupply);
    }

    /// @notice Moves value from the caller to `to`.
    function transfer(address to, uint256 value) external returns (bool) {
        _move(msg.sender, to, value);
        return true;
    }

    /// @notice Lets `spender` move up to `value` of the caller's tokens (replaces any earlier
    /// allowance; set it to 0 first if the spender might race the change).
    function approve(address spender, uint256 value) external returns (bool) {
        require(spender != address(0), "SCT: approve to the zero address");
        allowance[msg.sender][spender] = value;
        emit Approval(msg.sender, spender, value);
        return true;
    }

    /// @notice Moves value from `from` to `to` out of the allowance `from` gave the caller.
    function transferFrom(address from, address to, uint256 value) external returns (bool) {
        uint256 allowed = allowance[from][msg.sender];
        require(allowed >= value, "SCT: allowance too low");
        allowance[from][msg.sender] = allowed - value;
        _move(from, to, value);
        return true;
    }

    function _move(address from, address to, uint256 value) private {
        require(to != address(0), "SCT: transfer to the zero address");
        uint256 held = balanceOf[from];
        require(held >= value, "SCT: balance too low");
        balanceOf[from] = held - value;
        balanceOf[to] += value;
        emit Transfer(from, to, value);
    }
}
