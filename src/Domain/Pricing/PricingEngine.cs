using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Domain.Pricing;

/// <summary>
/// Prices a cart in whole fen, the same way for a quote and for the order that follows it: list price → an experiment
/// variant's price → limited-time or flash-sale price → a personal price → member price → owned content priced out → one
/// coupon over its eligible lines (allocated by largest remainder) → each offer's guardrails (floor, maximum discount, never negative). A line bought in a group takes
/// the group price (拼团价) alone, then the guardrails.
/// </summary>
public static class PricingEngine
{
    public static PriceQuote Price(IReadOnlyList<PricingLine> lines, CouponTerms? coupon)
    {
        if (lines.Count == 0)
        {
            throw PricingErrors.EmptyCart();
        }

        if (lines.Count > PricingLimits.MaxLines)
        {
            throw PricingErrors.TooManyLines();
        }

        // A course the buyer takes for themselves is paid for once: not alone and in a bundle, nor in two bundles.
        var ownCourses = lines.Where(l => !l.IsGift && l.Offer.Kind != OfferKind.Membership).SelectMany(l => l.CourseIds).ToList();
        if (lines.Select(l => (l.Offer, l.IsGift)).Distinct().Count() != lines.Count || ownCourses.Distinct().Count() != ownCourses.Count)
        {
            throw PricingErrors.DuplicateLine();
        }

        var drafts = lines.Select(Draft).ToList();
        var couponApplied = coupon is not null && ApplyCoupon(drafts, coupon);
        return new PriceQuote([.. drafts.Select(Finish)], couponApplied ? coupon!.UserCouponId : null);
    }

    private static LineDraft Draft(PricingLine line)
    {
        var draft = new LineDraft(line);
        draft.Add(PriceStepKind.ListPrice, line.ListFen, "原价");
        if (line.Group is { } group)
        {
            // A group price stands alone: no sale or member price on top, and no coupon (see ApplyCoupon).
            draft.Add(PriceStepKind.GroupBuy, Math.Min(group.PriceFen, draft.Current) - draft.Current, group.Reason, group.DealId);
            return draft;
        }

        draft.Target(line.Targeted, PriceStepKind.ExperimentPrice);
        if (line.Sale is { } sale && sale.PriceFen < draft.Current)
        {
            draft.Add(sale.IsFlashSale ? PriceStepKind.FlashSale : PriceStepKind.LimitedTimePrice, sale.PriceFen - draft.Current, sale.Reason, sale.SaleId);
            draft.SaleApplied = true;
        }

        draft.Target(line.Targeted, PriceStepKind.PersonalPrice);

        if (line.Member is { } member)
        {
            // Without stacking the buyer gets the lower of the sale price and the member price, never both.
            var memberFen = draft.SaleApplied && !line.Guardrails.SalePriceStacksWithMemberPrice
                ? member.Apply(line.ListFen)
                : member.Apply(draft.Current);
            if (memberFen < draft.Current)
            {
                draft.Add(PriceStepKind.MemberPrice, memberFen - draft.Current, member.Reason, member.MembershipId);
            }
        }

        if (line.OwnedFen > 0 && line.ListFen > 0)
        {
            var ownedShare = (long)((Int128)draft.Current * Math.Min(line.OwnedFen, line.ListFen) / line.ListFen);
            draft.Add(PriceStepKind.AlreadyOwned, -ownedShare, "已拥有的课程不再收费");
            draft.OwnedDeduction = ownedShare;
        }

        return draft;
    }

    private static bool ApplyCoupon(List<LineDraft> drafts, CouponTerms coupon)
    {
        var eligible = drafts.Where(d => d.Line.Group is null && coupon.Scope.Covers(d.Line) && d.Current > 0).ToList();
        if (eligible.Count == 0)
        {
            throw PricingErrors.CouponNotApplicable($"The coupon \"{coupon.Title}\" covers nothing in this cart.");
        }

        var subtotal = eligible.Sum(d => d.Current);
        var discount = coupon.DiscountOn(subtotal);
        if (discount == 0)
        {
            throw PricingErrors.CouponNotApplicable(
                $"The coupon \"{coupon.Title}\" needs {coupon.ThresholdFen} fen of eligible courses; this cart has {subtotal}.");
        }

        var shares = LargestRemainder.Allocate(discount, [.. eligible.Select(d => d.Current)]);
        for (var i = 0; i < eligible.Count; i++)
        {
            if (shares[i] > 0)
            {
                eligible[i].Add(PriceStepKind.Coupon, -shares[i], coupon.Title, coupon.UserCouponId);
            }
        }

        return true;
    }

    private static LinePrice Finish(LineDraft draft)
    {
        var lowest = Math.Max(0, draft.Line.Guardrails.LowestFen(draft.Line.ListFen) - draft.OwnedDeduction);
        if (draft.Current < lowest)
        {
            draft.Add(PriceStepKind.Guardrail, lowest - draft.Current, "优惠已达上限");
        }

        var line = draft.Line;
        return new LinePrice(
            line.Offer, line.Title, line.ListFen, draft.Steps, draft.Current, draft.SaleApplied ? line.Sale : null, line.IsGift, line.Group?.GroupBuyId);
    }

    private sealed class LineDraft(PricingLine line)
    {
        public PricingLine Line { get; } = line;

        public List<PriceStep> Steps { get; } = [];

        public long Current { get; private set; }

        public bool SaleApplied { get; set; }

        public long OwnedDeduction { get; set; }

        public void Add(PriceStepKind kind, long amountFen, string reason, Guid? sourceId = null)
        {
            Steps.Add(new PriceStep(kind, amountFen, reason, sourceId));
            Current += amountFen;
        }

        /// <summary>A targeted price is a price, not a discount: it applies only when lower than the price so far.</summary>
        public void Target(IReadOnlyList<TargetedPrice>? targeted, PriceStepKind kind)
        {
            var lowest = targeted?.Where(t => t.Kind == kind).MinBy(t => t.PriceFen);
            if (lowest is not null && lowest.PriceFen < Current)
            {
                Add(kind, lowest.PriceFen - Current, lowest.Reason, lowest.SourceId);
            }
        }
    }
}
