using KnowledgePay.Domain.Campaigns;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Coupons;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Pricing;
using KnowledgePay.Domain.Segments;

namespace KnowledgePay.Infrastructure.Data.Seeding;

/// <summary>
/// One active campaign with results to read: the first <see cref="Members"/> demo learners form a segment of their own
/// (<see cref="SegmentId"/>) and consent to marketing; ten days ago a one-off campaign issued them 满199减30, holding out
/// a third, and some of both sides bought a course since, so campaignResults shows treated against holdout.
/// </summary>
internal static class DemoCampaigns
{
    public const int Members = 30;

    public static readonly Guid SegmentId = new("0193a7c2-0000-7000-8000-00000000ca01");

    public static IReadOnlyList<object> Build(DemoCatalog catalog, IReadOnlyList<User> learners, Coupon coupon, DateTimeOffset now)
    {
        var started = now.AddDays(-10);
        var members = learners.Take(Members).ToList();
        var rows = new List<object>();
        foreach (var learner in members)
        {
            rows.Add(SegmentMember.Of(SegmentId, learner.Id, started));
            var consent = MarketingConsent.For(learner.Id);
            consent.Set(true, "demo_onboarding", started.AddDays(-1));
            consent.ClearDomainEvents();
            rows.Add(consent);
        }

        var campaign = Campaign.Draft(
            new CampaignDefinition(
                "老学员回归礼", SegmentId, CampaignActionKind.IssueCoupon, CampaignTrigger.Once, started, HoldoutShare: 1.0 / 3,
                FrequencyCapActions: 2, FrequencyCapDays: 7, QuietHoursStart: 22, QuietHoursEnd: 8, ConversionWindowDays: 14,
                CouponId: coupon.Id),
            null,
            started);
        campaign.Activate(started);
        campaign.Ran(started);
        rows.Add(campaign);

        // Every demo learner is in China: Asia/Shanghai quiet hours do not hold an issued coupon back.
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        // The first paid course, as the demo sales use: the price experiment runs on the fourth and prices it per variant.
        var course = catalog.Courses.First(c => c.Status == CourseStatus.Published && !c.Price.IsFree);
        for (var i = 0; i < members.Count; i++)
        {
            var enrolment = campaign.Enrol(members[i].Id, started);
            campaign.Act(enrolment, consented: true, recentActions: 0, started, zone);
            rows.Add(enrolment);

            // More of the treated side buy than of the holdout: a lift to read.
            if (i % (enrolment.IsHoldout ? 5 : 3) == 0)
            {
                rows.Add(PaidOrder(members[i].Id, course, started.AddDays(1 + (i % 7))));
            }
        }

        return rows;
    }

    private static Order PaidOrder(Guid userId, Course course, DateTimeOffset paidAt)
    {
        var quote = PricingEngine.Price(
            [new PricingLine(OfferRef.ForCourse(course.Id), course.Title, course.Price.AmountFen, course.Guardrails, [course.Id], [course.CategoryId])],
            null);
        var order = Order.Place(userId, quote, $"demo-campaign-{userId:N}", PaymentChannel.WeChatPayJsapi, paidAt, TimeSpan.FromMinutes(30));
        order.MarkPaid($"demo{userId:N}", paidAt);
        return order;
    }
}
