using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Pricing;

namespace KnowledgePay.Domain.Coupons;

/// <summary>
/// An operator's coupon: its discount (满减, 折扣, 无门槛, 新人券), which lines it covers, how long a claimed copy lasts,
/// how many copies exist (<see cref="TotalStock"/>) and how many one user may hold. Users hold copies as
/// <see cref="UserCoupon"/>s; each claim counts against the stock under the <see cref="Version"/> token, so racing claims
/// never take more than there is.
/// </summary>
public sealed class Coupon : Entity
{
    private Coupon()
    {
        Title = null!;
        ScopeCategoryIds = [];
        ScopeCourseIds = [];
        ScopeOfferKinds = [];
    }

    public string Title { get; private set; }

    public CouponKind Kind { get; private set; }

    public long ThresholdFen { get; private set; }

    public long AmountOffFen { get; private set; }

    public int PercentOff { get; private set; }

    /// <summary>The most a percent-off coupon takes off; 0 for no cap.</summary>
    public long CapFen { get; private set; }

    public CouponScopeKind ScopeKind { get; private set; }

    public Guid[] ScopeCategoryIds { get; private set; }

    public Guid[] ScopeCourseIds { get; private set; }

    public OfferKind[] ScopeOfferKinds { get; private set; }

    public DateTimeOffset? ValidFrom { get; private set; }

    public DateTimeOffset? ValidUntil { get; private set; }

    public int? ValidDays { get; private set; }

    public int TotalStock { get; private set; }

    public int ClaimedCount { get; private set; }

    public int PerUserLimit { get; private set; }

    public string? Code { get; private set; }

    public bool IsPublic { get; private set; }

    public bool ReturnsOnRefund { get; private set; }

    public CouponStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    /// <summary>Bumped by every change and claim: the concurrency token that keeps stock and per-user limits exact.</summary>
    public int Version { get; private set; }

    public CouponScope Scope => new(ScopeKind, ScopeCategoryIds, ScopeCourseIds, ScopeOfferKinds);

    public CouponValidity Validity => new(ValidFrom, ValidUntil, ValidDays);

    public int RemainingStock => TotalStock - ClaimedCount;

    public static Coupon Create(CouponDefinition definition, DateTimeOffset now)
    {
        var coupon = new Coupon { Status = CouponStatus.Active, CreatedAt = now };
        coupon.SetTerms(definition);
        coupon.SetSupply(definition);
        coupon.Raise(new CouponCreatedEvent(coupon.Id, coupon.Kind, coupon.ThresholdFen, coupon.AmountOffFen, coupon.PercentOff, coupon.CapFen));
        return coupon;
    }

    /// <summary>
    /// Replaces the definition. Once anyone holds a copy, the terms they claimed (discount, scope, validity, code) stay as
    /// they are; title, stock (never below what is claimed), per-user limit, listing and refund policy may still change.
    /// </summary>
    public void Redefine(CouponDefinition definition)
    {
        EnsureActive();

        // Every rule is checked on a scratch copy first, so a definition that breaks one changes nothing here.
        var scratch = new Coupon { ClaimedCount = ClaimedCount };
        scratch.SetTerms(definition);
        scratch.SetSupply(definition);
        if (ClaimedCount > 0 && !SameTerms(definition))
        {
            throw CouponErrors.TermsFrozen();
        }

        SetTerms(definition);
        SetSupply(definition);
        Version++;
        Raise(new CouponChangedEvent(Id, Kind, ThresholdFen, AmountOffFen, PercentOff, CapFen, TotalStock, PerUserLimit));
    }

    /// <summary>No more claims or typed codes; the copies users hold keep working until they expire.</summary>
    public void End(DateTimeOffset now)
    {
        EnsureActive();
        Status = CouponStatus.Ended;
        EndedAt = now;
        Version++;
        Raise(new CouponEndedEvent(Id));
    }

    /// <summary>A user asks for a listed coupon (claimCoupon by id).</summary>
    public UserCoupon ClaimOnRequest(Guid userId, int heldByUser, DateTimeOffset now) =>
        IsPublic ? Claim(userId, heldByUser, now) : throw CouponErrors.NotClaimable();

    /// <summary>Hands a copy to <paramref name="userId"/>, who holds <paramref name="heldByUser"/> already (claimed, issued or typed).</summary>
    public UserCoupon Claim(Guid userId, int heldByUser, DateTimeOffset now)
    {
        EnsureActive();
        if (!Validity.IsClaimable(now))
        {
            throw CouponErrors.Expired(ValidUntil!.Value);
        }

        if (heldByUser >= PerUserLimit)
        {
            throw CouponErrors.PerUserLimitReached(PerUserLimit);
        }

        if (ClaimedCount >= TotalStock)
        {
            throw CouponErrors.OutOfStock();
        }

        ClaimedCount++;
        Version++;
        var (from, until) = Validity.ForClaimAt(now);
        return UserCoupon.Claimed(Id, userId, from, until, now);
    }

    public CouponTerms TermsFor(Guid userCouponId) =>
        new(userCouponId, Title, Kind, ThresholdFen, AmountOffFen, PercentOff, CapFen, Scope);

    private void EnsureActive()
    {
        if (Status == CouponStatus.Ended)
        {
            throw CouponErrors.Ended();
        }
    }

    private bool SameTerms(CouponDefinition d) =>
        d.Kind == Kind && d.ThresholdFen == ThresholdFen && d.AmountOffFen == AmountOffFen && d.PercentOff == PercentOff
        && d.CapFen == CapFen && d.Scope.Kind == ScopeKind && d.Scope.CategoryIds.SequenceEqual(ScopeCategoryIds)
        && d.Scope.CourseIds.SequenceEqual(ScopeCourseIds) && d.Scope.OfferKinds.SequenceEqual(ScopeOfferKinds)
        && d.Validity == Validity && CouponCodes.Valid(d.Code) == Code;

    private void SetTerms(CouponDefinition d)
    {
        Title = Text.Required(d.Title, CouponLimits.TitleLength, CouponErrors.InvalidTitle);
        CheckAmounts(d);
        Kind = d.Kind;
        ThresholdFen = d.ThresholdFen;
        AmountOffFen = d.AmountOffFen;
        PercentOff = d.PercentOff;
        CapFen = d.CapFen;
        CheckScope(d.Scope);
        ScopeKind = d.Scope.Kind;
        ScopeCategoryIds = [.. d.Scope.CategoryIds.Distinct()];
        ScopeCourseIds = [.. d.Scope.CourseIds.Distinct()];
        ScopeOfferKinds = [.. d.Scope.OfferKinds.Distinct()];
        var validity = CouponValidity.Of(d.Validity.From, d.Validity.Until, d.Validity.DaysAfterClaim);
        (ValidFrom, ValidUntil, ValidDays) = (validity.From, validity.Until, validity.DaysAfterClaim);
        Code = CouponCodes.Valid(d.Code);
    }

    private void SetSupply(CouponDefinition d)
    {
        TotalStock = d.TotalStock >= 1 && d.TotalStock <= CouponLimits.MaxStock && d.TotalStock >= ClaimedCount
            ? d.TotalStock
            : throw CouponErrors.InvalidStock(d.TotalStock, ClaimedCount);
        PerUserLimit = d.PerUserLimit is >= 1 and <= CouponLimits.MaxPerUser
            ? d.PerUserLimit
            : throw CouponErrors.InvalidPerUserLimit(d.PerUserLimit);
        IsPublic = d.IsPublic;
        ReturnsOnRefund = d.ReturnsOnRefund;
    }

    private static void CheckAmounts(CouponDefinition d)
    {
        static bool InRange(long fen) => fen is > 0 and <= CouponLimits.MaxAmountFen;
        var valid = d.Kind switch
        {
            CouponKind.AmountOffOverThreshold =>
                InRange(d.ThresholdFen) && InRange(d.AmountOffFen) && d.AmountOffFen <= d.ThresholdFen && d is { PercentOff: 0, CapFen: 0 },
            CouponKind.PercentOff =>
                d.PercentOff is >= 1 and <= 99 && d.AmountOffFen == 0 && d.CapFen is >= 0 and <= CouponLimits.MaxAmountFen
                && d.ThresholdFen is >= 0 and <= CouponLimits.MaxAmountFen,
            CouponKind.AmountOff => InRange(d.AmountOffFen) && d is { ThresholdFen: 0, PercentOff: 0, CapFen: 0 },
            CouponKind.NewcomerAmountOff =>
                InRange(d.AmountOffFen) && d.ThresholdFen is >= 0 and <= CouponLimits.MaxAmountFen && d is { PercentOff: 0, CapFen: 0 },
            _ => false,
        };
        if (!valid)
        {
            throw CouponErrors.InvalidAmounts(d.Kind switch
            {
                CouponKind.AmountOffOverThreshold => "满减 needs a threshold and an amount off of at most the threshold, no percent or cap.",
                CouponKind.PercentOff => "折扣 needs a percent from 1 to 99 and an optional cap and threshold, no amount off.",
                CouponKind.AmountOff => "无门槛 needs an amount off only.",
                CouponKind.NewcomerAmountOff => "新人券 needs an amount off and an optional threshold, no percent or cap.",
                _ => "Unknown coupon kind.",
            });
        }
    }

    private static void CheckScope(CouponScope scope)
    {
        var counts = (scope.CategoryIds.Count, scope.CourseIds.Count, scope.OfferKinds.Count);
        var valid = scope.Kind switch
        {
            CouponScopeKind.All => counts == (0, 0, 0),
            CouponScopeKind.Categories => counts is ( > 0 and <= CouponLimits.MaxScopeIds, 0, 0),
            CouponScopeKind.Courses => counts is (0, > 0 and <= CouponLimits.MaxScopeIds, 0),
            CouponScopeKind.OfferKinds => counts is (0, 0, > 0) && scope.OfferKinds.All(Enum.IsDefined),
            _ => false,
        };
        if (!valid)
        {
            throw CouponErrors.InvalidScope(
                $"A scope of {scope.Kind} names only its own list, with 1 to {CouponLimits.MaxScopeIds} entries (none for All).");
        }
    }
}
