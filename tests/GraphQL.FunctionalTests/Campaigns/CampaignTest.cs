using System.Text.Json;
using KnowledgePay.Domain.Campaigns;
using KnowledgePay.Domain.Coupons;
using KnowledgePay.Domain.Segments;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using KnowledgePay.GraphQL.FunctionalTests.Orders;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.GraphQL.FunctionalTests.Campaigns;

/// <summary>
/// Campaigns as an operator runs them over HTTP: a segment's membership rows stand in for the segments feature's
/// materialisation, learners consent through setMarketingConsent, admins create, activate and run campaigns.
/// </summary>
public abstract class CampaignTest(KnowledgePayApp app) : OrdersTest(app)
{
    protected const string Failure = "errors { __typename ... on Error { code } }";

    protected const string CreateMutation =
        $"mutation($input: CreateCampaignInput!) {{ createCampaign(input: $input) {{ campaign {{ id status }} {Failure} }} }}";

    /// <summary>Learners signed in (and consenting unless told otherwise), all members of one fresh segment.</summary>
    protected async Task<(Guid SegmentId, IReadOnlyList<Session> Learners)> SegmentAsync(int count, bool consent = true, string prefix = "o_member")
    {
        var learners = new List<Session>();
        for (var i = 0; i < count; i++)
        {
            var learner = await SignInAsync($"{prefix}_{i}");
            if (consent)
            {
                await SetConsentAsync(learner, true);
            }

            learners.Add(learner);
        }

        var segmentId = Guid.NewGuid();
        await App.AddAsync([.. learners.Select(l => SegmentMember.Of(segmentId, UserIdOf(l), DateTimeOffset.UtcNow))]);
        return (segmentId, learners);
    }

    protected static async Task<JsonElement> SetConsentAsync(Session learner, bool granted, string source = "settings_page")
    {
        var set = (await learner.Client.QueryAsync(
            $"mutation($input: SetMarketingConsentInput!) {{ setMarketingConsent(input: $input) {{ consent {{ granted source changedAt history {{ granted source at }} }} {Failure} }} }}",
            new { input = new { granted, source } })).GetProperty("setMarketingConsent");
        Assert.Empty(set.PayloadErrors());
        return set.GetProperty("consent");
    }

    protected async Task<Coupon> AddCouponAsync()
    {
        var coupon = Coupon.Create(
            new CouponDefinition("回归券", CouponKind.AmountOff, 0, 1000, 0, 0, new CouponScope(CouponScopeKind.All, [], [], []),
                CouponValidity.Of(null, null, 30), 1000, 1, null, false, false),
            DateTimeOffset.UtcNow);
        await App.AddAsync(coupon);
        return coupon;
    }

    /// <summary>A campaign's input with a coupon action, run once from a minute ago; tests change what they need.</summary>
    protected static Dictionary<string, object?> CouponCampaign(Guid segmentId, Guid couponId, double? holdout = 0.5) => new()
    {
        ["name"] = "回归礼",
        ["segmentId"] = GlobalId.Encode("Segment", segmentId),
        ["action"] = "ISSUE_COUPON",
        ["trigger"] = "ONCE",
        ["runAt"] = DateTimeOffset.UtcNow.AddMinutes(-1),
        ["holdoutShare"] = holdout,
        ["couponId"] = GlobalId.Encode("Coupon", couponId),
    };

    protected static Dictionary<string, object?> MessageCampaign(Guid segmentId, double holdout = 0.5) => new()
    {
        ["name"] = "新课提醒",
        ["segmentId"] = GlobalId.Encode("Segment", segmentId),
        ["action"] = "SEND_MESSAGE",
        ["trigger"] = "ONCE",
        ["runAt"] = DateTimeOffset.UtcNow.AddMinutes(-1),
        ["holdoutShare"] = holdout,
        ["messageTitle"] = "限时优惠",
        ["messageNote"] = "你关注的课程降价了",
        ["messagePage"] = "pages/index/index",
    };

    protected static async Task<JsonElement> CreatePayloadAsync(Session admin, Dictionary<string, object?> campaign) =>
        (await admin.Client.QueryAsync(CreateMutation, new { input = new { campaign } })).GetProperty("createCampaign");

    /// <summary>Creates and activates the campaign; returns its global id.</summary>
    protected static async Task<string> ActiveCampaignAsync(Session admin, Dictionary<string, object?> campaign)
    {
        var created = await CreatePayloadAsync(admin, campaign);
        Assert.Empty(created.PayloadErrors());
        var id = created.GetProperty("campaign").GetProperty("id").GetString()!;
        var activated = (await admin.Client.QueryAsync(
            $"mutation($input: ActivateCampaignInput!) {{ activateCampaign(input: $input) {{ campaign {{ status }} {Failure} }} }}",
            new { input = new { campaignId = id } })).GetProperty("activateCampaign");
        Assert.Empty(activated.PayloadErrors());
        Assert.Equal("ACTIVE", activated.GetProperty("campaign").GetProperty("status").GetString());
        return id;
    }

    protected static async Task<JsonElement> RunPayloadAsync(Session admin, string campaignId) =>
        (await admin.Client.QueryAsync(
            $"mutation($input: RunCampaignInput!) {{ runCampaign(input: $input) {{ enrolled {Failure} }} }}",
            new { input = new { campaignId } })).GetProperty("runCampaign");

    protected static async Task<int> RunAsync(Session admin, string campaignId)
    {
        var run = await RunPayloadAsync(admin, campaignId);
        Assert.Empty(run.PayloadErrors());
        return run.GetProperty("enrolled").GetInt32();
    }

    protected Task<List<CampaignEnrolment>> EnrolmentsAsync(string campaignId)
    {
        var id = GlobalId.Decode(campaignId).Id;
        return App.ReadAsync(db => db.CampaignEnrolments.AsNoTracking().Where(e => e.CampaignId == id).ToListAsync());
    }

    protected Task<int> CopiesAsync(Guid userId) => App.ReadAsync(db => db.UserCoupons.CountAsync(c => c.UserId == userId));

    /// <summary>The subscription messages asked for an enrolment (the audit log records every domain event).</summary>
    protected Task<int> MessagesAsync(Guid enrolmentId) =>
        App.ReadAsync(db => db.AuditEntries.CountAsync(e => e.Action == "SubscriptionMessageRequested" && e.EntityId == enrolmentId));

    protected static Guid UserIdOf(Session session) => GlobalId.DecodeOf("User", session.UserId);
}
