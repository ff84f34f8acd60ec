using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Campaigns;
using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Application.Analytics.Overview.GetRevenueBreakdown;

/// <summary>The order lines of the revenue (sold and refunded), attributed to every dimension in SQL.</summary>
internal static class RevenueBreakdown
{
    /// <summary>Each line of a paid order, for the amount paid for it, at the payment.</summary>
    public static IQueryable<LineAmount> SoldLines(this IApplicationDbContext db) =>
        from order in db.PaidOrders()
        join line in db.OrderLines on order.Id equals line.OrderId
        select new LineAmount { Order = order, Line = line, AmountFen = line.AmountFen, At = order.PaidAt!.Value };

    /// <summary>Each line's part of a completed refund, when the refund completed.</summary>
    public static IQueryable<LineAmount> RefundedLines(this IApplicationDbContext db) =>
        from refunded in db.CompletedRefunds()
        from part in refunded.Refund.Lines
        join line in db.OrderLines on part.LineId equals line.Id
        select new LineAmount { Order = refunded.Order, Line = line, AmountFen = part.AmountFen, At = refunded.CompletedAt };

    /// <summary>
    /// Adds the course's category and creator (course lines only) and the acquisition channel: a campaign converting the
    /// buyer at the payment, else a promoter or a shared link, else organic (see <see cref="AcquisitionChannel"/>).
    /// </summary>
    public static IQueryable<AttributedLine> Attributed(this IQueryable<LineAmount> lines, IApplicationDbContext db) =>
        from l in lines
        join c in db.Courses on l.Line.OfferId equals c.Id into courses
        from course in courses.DefaultIfEmpty()
        select new AttributedLine
        {
            OrderId = l.Order.Id,
            BuyerId = l.Order.UserId,
            At = l.At,
            AmountFen = l.AmountFen,
            Kind = l.Line.Kind,
            PaymentMethod = l.Order.Channel,
            CategoryId = l.Line.Kind == OfferKind.Course && course != null ? course.CategoryId : null,
            CreatorId = l.Line.Kind == OfferKind.Course && course != null ? course.CreatorId : null,
            Channel = db.CampaignEnrolments.Any(e => e.UserId == l.Order.UserId && !e.IsHoldout
                    && e.Status == CampaignEnrolmentStatus.Delivered && e.EnrolledAt <= l.Order.PaidAt && l.Order.PaidAt < e.ConversionEndsAt)
                ? AcquisitionChannel.Campaign
                : db.Commissions.Any(m => m.OrderLineId == l.Line.Id)
                    || db.ReferralBindings.Any(b => b.BuyerId == l.Order.UserId && b.BoundAt <= l.Order.PaidAt
                        && (b.ExpiresAt == null || l.Order.PaidAt < b.ExpiresAt))
                    || db.ShareVisits.Any(v => v.VisitorId == l.Order.UserId && v.FirstOpenedAt <= l.Order.PaidAt
                        && db.Shares.Any(s => s.Id == v.ShareId && s.CourseId == l.Line.OfferId))
                    ? AcquisitionChannel.SharedLink
                    : AcquisitionChannel.Organic,
        };
}
