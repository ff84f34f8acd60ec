namespace KnowledgePay.Domain.Gifts;

public static class GiftLimits
{
    /// <summary>128 random bits: a claim code is the only thing that stands between a gift and whoever finds it.</summary>
    public const int ClaimCodeBytes = 16;

    /// <summary>Base64url of <see cref="ClaimCodeBytes"/> bytes, unpadded.</summary>
    public const int ClaimCodeLength = 22;
}
