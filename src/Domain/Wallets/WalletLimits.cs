namespace KnowledgePay.Domain.Wallets;

public static class WalletLimits
{
    /// <summary>A movement's idempotency reference: its kind and the id of what caused it.</summary>
    public const int ReferenceLength = 128;

    public const int ReasonLength = 200;

    public const int ClientKeyMinLength = 8;

    public const int ClientKeyLength = 64;

    /// <summary>The largest single adjustment an operator may make (¥100,000).</summary>
    public const long MaxAdjustmentFen = 10_000_000;
}
