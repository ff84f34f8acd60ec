using KnowledgePay.Domain.Campaigns;
using KnowledgePay.Domain.Coupons;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Segments;

namespace KnowledgePay.Infrastructure.Data.Seeding;

/// <summary>
/// The demo history's win-back campaign, <see cref="DaysAgo"/> days before now: every earlier buyer (up to
/// <see cref="MaxMembers"/>) joined its segment (<see cref="SegmentId"/>) consenting to marketing, a fifth were held out,
/// the rest got 满199减30, and over the next fortnight more of the treated came back and bought than of the holdout — so
/// campaign-attributed revenue shows on the dashboard and campaignResults has an ended campaign to read.
/// </summary>
internal static class DemoHistoryCampaign
{
    public const int DaysAgo = 45;
    public const int MaxMembers = 150;
    public const int WindowDays = 14;

    public static readonly Guid SegmentId = new("0193a7c2-0000-7000-8000-00000000ca02");

    public static IReadOnlyList<object> Run(
        IReadOnlyList<User> buyers, Coupon coupon, DemoCheckout checkout, Func<User, DateTimeOffset, double, bool> comeBack, Random random,
        DateTimeOffset started, TimeZoneInfo zone)
    {
        var campaign = Campaign.Draft(
            new CampaignDefinition(
                "双周回购礼", SegmentId, CampaignActionKind.IssueCoupon, CampaignTrigger.Once, started, HoldoutShare: 0.2,
                FrequencyCapActions: 2, FrequencyCapDays: 7, QuietHoursStart: 22, QuietHoursEnd: 8, ConversionWindowDays: WindowDays,
                CouponId: coupon.Id),
            null,
            started);
        campaign.Activate(started);
        campaign.Ran(started);
        var rows = new List<object> { campaign };
        foreach (var buyer in buyers.Take(MaxMembers))
        {
            rows.Add(SegmentMember.Of(SegmentId, buyer.Id, started));
            var consent = MarketingConsent.For(buyer.Id);
            consent.Set(true, "demo_onboarding", buyer.CreatedAt);
            rows.Add(consent);
            var enrolment = campaign.Enrol(buyer.Id, started);
            campaign.Act(enrolment, consented: true, recentActions: 0, started, zone);
            rows.Add(enrolment);

            // The coupon the campaign's handler would issue, issued when it acted.
            var treated = !enrolment.IsHoldout && checkout.Hold(coupon.Claim(buyer.Id, 0, started));
            comeBack(buyer, started.AddDays(random.NextDouble() * (WindowDays - 1)), treated ? 0.35 : 0.12);
        }

        campaign.End(started.AddDays(WindowDays + 1));
        return rows;
    }
}
