namespace KnowledgePay.Domain.RedeemCodes;

public static class RedeemCodeLimits
{
    /// <summary>One batch, one channel deal: more would make an export nobody can hand out.</summary>
    public const int MaxBatchSize = 10_000;

    public const int LabelLength = 64;

    /// <summary>The longest text a user may type as a code (separators and spaces included).</summary>
    public const int InputLength = 64;

    /// <summary>Hex of a SHA-256 digest.</summary>
    public const int HashLength = 64;
}
