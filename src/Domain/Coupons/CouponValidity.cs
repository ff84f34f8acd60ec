namespace KnowledgePay.Domain.Coupons;

/// <summary>When a claimed coupon may be used: a fixed window, or <see cref="DaysAfterClaim"/> days from the claim.</summary>
public sealed record CouponValidity(DateTimeOffset? From, DateTimeOffset? Until, int? DaysAfterClaim)
{
    public static CouponValidity Window(DateTimeOffset from, DateTimeOffset until) =>
        from < until ? new(from, until, null) : throw CouponErrors.InvalidValidity("A window ends after it starts.");

    public static CouponValidity AfterClaim(int days) =>
        days is >= 1 and <= CouponLimits.MaxValidDays
            ? new(null, null, days)
            : throw CouponErrors.InvalidValidity($"A coupon lasts 1 to {CouponLimits.MaxValidDays} days after its claim, not {days}.");

    /// <summary>Either a window or days after the claim, checked: the one way to turn input into a validity.</summary>
    public static CouponValidity Of(DateTimeOffset? from, DateTimeOffset? until, int? daysAfterClaim) =>
        (from, until, daysAfterClaim) switch
        {
            ({ } f, { } u, null) => Window(f, u),
            (null, null, { } days) => AfterClaim(days),
            _ => throw CouponErrors.InvalidValidity("Give either validFrom and validUntil, or validDays."),
        };

    /// <summary>A claim can still be used some time: always for days-after-claim coupons, until the window ends otherwise.</summary>
    public bool IsClaimable(DateTimeOffset now) => Until is not { } until || now < until;

    public (DateTimeOffset From, DateTimeOffset Until) ForClaimAt(DateTimeOffset claimedAt) =>
        DaysAfterClaim is { } days ? (claimedAt, claimedAt.AddDays(days)) : (From!.Value, Until!.Value);
}
