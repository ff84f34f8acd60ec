namespace KnowledgePay.Domain.Referrals;

public static class ReferralLimits
{
    /// <summary>Promoter codes: 8 characters of an alphabet without look-alikes (no 0/O, 1/I/L).</summary>
    public const int CodeLength = 8;

    public const int ClientKeyMinLength = 8;

    public const int ClientKeyLength = 64;

    /// <summary>10000 basis points are 100%.</summary>
    public const int MaxRateBp = 10_000;

    public const int ReasonLength = 200;

    public const int PayoutReferenceLength = 64;

    /// <summary>Withdrawals are 1 fen to 50,000 yuan each.</summary>
    public const long MaxWithdrawalFen = 5_000_000;

    public const int ReferenceLength = 100;
}
