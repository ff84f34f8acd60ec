using KnowledgePay.Application.Campaigns.Commands.DeliverDueCampaignActions;
using KnowledgePay.Application.Memberships.Commands.NoticeExpiringMemberships;
using KnowledgePay.Application.Tracking.Commands.NoteViewsWithoutPurchase;
using KnowledgePay.Domain.Campaigns;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Learning;
using KnowledgePay.Domain.Memberships;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Tracking;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.GraphQL.FunctionalTests.Campaigns;

/// <summary>What a campaign does to whom: never the holdout, only with consent, within the cap, outside quiet hours.</summary>
public abstract class CampaignTests(KnowledgePayApp app) : CampaignTest(app)
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    public async Task HeldOutUsersAreEnrolledButNeverGetTheCoupon()
    {
        var admin = await AdminAsync();
        var (segmentId, learners) = await SegmentAsync(12);
        var coupon = await AddCouponAsync();
        var campaignId = await ActiveCampaignAsync(admin, CouponCampaign(segmentId, coupon.Id));

        var enrolled = await RunAsync(admin, campaignId);
        await App.DrainOutboxAsync();

        Assert.Equal(12, enrolled);
        var enrolments = await EnrolmentsAsync(campaignId);
        Assert.Contains(enrolments, e => e.IsHoldout);
        Assert.Contains(enrolments, e => !e.IsHoldout);
        foreach (var enrolment in enrolments)
        {
            Assert.Equal(enrolment.IsHoldout ? 0 : 1, await CopiesAsync(enrolment.UserId));
            Assert.Equal(enrolment.IsHoldout ? CampaignEnrolmentStatus.HeldOut : CampaignEnrolmentStatus.Delivered, enrolment.Status);
            Assert.Equal(HoldoutAssignment.IsHeldOut(GlobalId.Decode(campaignId).Id, enrolment.UserId, 0.5), enrolment.IsHoldout);
        }
    }

    [Fact]
    public async Task HeldOutUsersNeverGetTheMessage()
    {
        var admin = await AdminAsync();
        var (segmentId, _) = await SegmentAsync(10);
        var campaign = MessageCampaign(segmentId);
        (campaign["quietHoursStart"], campaign["quietHoursEnd"]) = QuietHoursAwayFromNow();
        var campaignId = await ActiveCampaignAsync(admin, campaign);

        await RunAsync(admin, campaignId);

        var enrolments = await EnrolmentsAsync(campaignId);
        Assert.Contains(enrolments, e => e.IsHoldout);
        foreach (var enrolment in enrolments)
        {
            Assert.Equal(enrolment.IsHoldout ? 0 : 1, await MessagesAsync(enrolment.Id));
        }
    }

    [Fact]
    public async Task ARunReachesOnlyConsentingMembersAndAWithdrawalStopsWhatIsStillDeferred()
    {
        var admin = await AdminAsync();
        var (segmentId, consenting) = await SegmentAsync(6);
        var refuser = await SignInAsync("o_refuser");
        await App.AddAsync(Domain.Segments.SegmentMember.Of(segmentId, UserIdOf(refuser), DateTimeOffset.UtcNow));
        var campaign = MessageCampaign(segmentId, holdout: 0.01);
        (campaign["quietHoursStart"], campaign["quietHoursEnd"]) = QuietHoursAroundNow();
        var campaignId = await ActiveCampaignAsync(admin, campaign);

        await RunAsync(admin, campaignId);
        var withdrawn = await SetConsentAsync(consenting[0], false, "settings_page");
        App.Clock.Advance(TimeSpan.FromHours(3));
        await RunSystemCommandAsync(new DeliverDueCampaignActionsCommand(100));

        var enrolments = await EnrolmentsAsync(campaignId);
        Assert.DoesNotContain(enrolments, e => e.UserId == UserIdOf(refuser));
        Assert.Equal(6, enrolments.Count);
        var stopped = enrolments.Single(e => e.UserId == UserIdOf(consenting[0]));
        Assert.Equal(stopped.IsHoldout ? CampaignEnrolmentStatus.HeldOut : CampaignEnrolmentStatus.SkippedNoConsent, stopped.Status);
        Assert.Equal(0, await MessagesAsync(stopped.Id));
        Assert.False(withdrawn.GetProperty("granted").GetBoolean());
        Assert.Equal([true, false], withdrawn.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("granted").GetBoolean()));
    }

    [Fact]
    public async Task MessagesDueInQuietHoursWaitForTheirEndAndAreNotDropped()
    {
        var admin = await AdminAsync();
        var (segmentId, _) = await SegmentAsync(6);
        var campaign = MessageCampaign(segmentId, holdout: 0.01);
        var (start, end) = QuietHoursAroundNow();
        (campaign["quietHoursStart"], campaign["quietHoursEnd"]) = (start, end);
        var campaignId = await ActiveCampaignAsync(admin, campaign);

        await RunAsync(admin, campaignId);
        var deferred = (await EnrolmentsAsync(campaignId)).Where(e => !e.IsHoldout).ToList();
        var early = await RunSystemCommandAsync(new DeliverDueCampaignActionsCommand(100));
        App.Clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1));
        var delivered = await RunSystemCommandAsync(new DeliverDueCampaignActionsCommand(100));

        Assert.NotEmpty(deferred);
        Assert.All(deferred, e => Assert.Equal(CampaignEnrolmentStatus.Deferred, e.Status));
        Assert.All(deferred, e => Assert.Equal(end, TimeZoneInfo.ConvertTime(e.DueAt!.Value, Shanghai).Hour));
        Assert.Equal(0, early);
        Assert.Equal(deferred.Count, delivered);
        foreach (var enrolment in await EnrolmentsAsync(campaignId))
        {
            Assert.Equal(enrolment.IsHoldout ? 0 : 1, await MessagesAsync(enrolment.Id));
        }
    }

    [Fact]
    public async Task TheFrequencyCapCountsActionsAcrossCampaigns()
    {
        var admin = await AdminAsync();
        var (segmentId, _) = await SegmentAsync(6);
        var coupon = await AddCouponAsync();
        var first = CouponCampaign(segmentId, coupon.Id, holdout: 0.01);
        var second = CouponCampaign(segmentId, coupon.Id, holdout: 0.01);
        first["frequencyCapActions"] = second["frequencyCapActions"] = 1;
        var firstId = await ActiveCampaignAsync(admin, first);
        var secondId = await ActiveCampaignAsync(admin, second);

        await RunAsync(admin, firstId);
        await RunAsync(admin, secondId);
        await App.DrainOutboxAsync();

        var reached = (await EnrolmentsAsync(firstId)).Where(e => !e.IsHoldout).Select(e => e.UserId).ToHashSet();
        var again = (await EnrolmentsAsync(secondId)).Where(e => !e.IsHoldout && reached.Contains(e.UserId)).ToList();
        Assert.NotEmpty(again);
        Assert.All(again, e => Assert.Equal(CampaignEnrolmentStatus.SkippedCapped, e.Status));
        foreach (var userId in reached)
        {
            Assert.Equal(1, await CopiesAsync(userId));
        }
    }

    [Fact]
    public async Task TwoRunsAtOnceEnrolAndActOnEachUserOnce()
    {
        var admin = await AdminAsync();
        var (segmentId, learners) = await SegmentAsync(10);
        var coupon = await AddCouponAsync();
        var campaignId = await ActiveCampaignAsync(admin, CouponCampaign(segmentId, coupon.Id, holdout: 0.2));

        var runs = await Task.WhenAll(RunPayloadAsync(admin, campaignId), RunPayloadAsync(admin, campaignId), RunPayloadAsync(admin, campaignId));
        await App.DrainOutboxAsync();

        Assert.All(runs, r => Assert.Empty(r.PayloadErrors()));
        Assert.Equal(10, runs.Sum(r => r.GetProperty("enrolled").GetInt32()));
        var enrolments = await EnrolmentsAsync(campaignId);
        Assert.Equal(10, enrolments.Select(e => e.UserId).Distinct().Count());
        Assert.Equal(10, enrolments.Count);
        foreach (var enrolment in enrolments)
        {
            Assert.Equal(enrolment.IsHoldout ? 0 : 1, await CopiesAsync(enrolment.UserId));
        }
    }

    [Fact]
    public async Task AViewWithoutAPurchaseIsNotedOnceAndEnrolsTheViewerInItsCampaign()
    {
        var admin = await AdminAsync();
        var (segmentId, learners) = await SegmentAsync(4);
        var course = await AddPaidCourseAsync();
        var coupon = await AddCouponAsync();
        var campaign = CouponCampaign(segmentId, coupon.Id, holdout: 0.01);
        (campaign["trigger"], campaign["runAt"]) = ("VIEWED_WITHOUT_PURCHASE", null);
        var campaignId = await ActiveCampaignAsync(admin, campaign);
        var now = DateTimeOffset.UtcNow;
        await App.AddAsync([.. learners.Take(2).Select(l =>
            BehaviourEvent.Track(UserIdOf(l), $"view-{Guid.NewGuid():N}", BehaviourEventKind.View, course.Id, null, null, "course-detail", now, now))]);
        App.Clock.Advance(TimeSpan.FromHours(25));

        var first = await RunSystemCommandAsync(new NoteViewsWithoutPurchaseCommand(TimeSpan.FromHours(24), TimeSpan.FromDays(7), 100));
        var second = await RunSystemCommandAsync(new NoteViewsWithoutPurchaseCommand(TimeSpan.FromHours(24), TimeSpan.FromDays(7), 100));
        await App.DrainOutboxAsync();

        Assert.Equal(2, first);
        Assert.Equal(0, second);
        var enrolments = await EnrolmentsAsync(campaignId);
        Assert.Equal(learners.Take(2).Select(UserIdOf).Order(), enrolments.Select(e => e.UserId).Order());
        foreach (var enrolment in enrolments)
        {
            Assert.Equal(enrolment.IsHoldout ? 0 : 1, await CopiesAsync(enrolment.UserId));
        }
    }

    [Fact]
    public async Task AnExpiringMembershipIsNoticedOncePerExpiryDate()
    {
        var (_, learners) = await SegmentAsync(2);
        var plan = Offer.MembershipPlan("月卡", null, Money.Fen(3000), 2, [], 10, PriceGuardrails.None, DateTimeOffset.UtcNow.AddDays(-1));
        var soon = Membership.Start(UserIdOf(learners[0]), plan, EnrollmentSource.AdminGrant, null, DateTimeOffset.UtcNow);
        var later = Membership.Start(UserIdOf(learners[1]), plan, EnrollmentSource.AdminGrant, null, DateTimeOffset.UtcNow, days: 30);
        await App.AddAsync(plan, soon, later);

        var first = await RunSystemCommandAsync(new NoticeExpiringMembershipsCommand(TimeSpan.FromDays(3), 100));
        var second = await RunSystemCommandAsync(new NoticeExpiringMembershipsCommand(TimeSpan.FromDays(3), 100));

        Assert.Equal(1, first);
        Assert.Equal(0, second);
        var noticed = await App.ReadAsync(db => db.Memberships.AsNoTracking().SingleAsync(m => m.Id == soon.Id));
        Assert.Equal(noticed.ExpiresAt, noticed.ExpiryNoticedFor);
        Assert.Equal(1, await App.ReadAsync(db => db.AuditEntries.CountAsync(e => e.Action == "MembershipExpiringSoon")));
    }

    /// <summary>Two hours of quiet starting at the current hour in Shanghai, so now is inside them.</summary>
    private static (int Start, int End) QuietHoursAroundNow()
    {
        var hour = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Shanghai).Hour;
        return (hour, (hour + 2) % 24);
    }

    /// <summary>One quiet hour well away from now in Shanghai.</summary>
    private static (int Start, int End) QuietHoursAwayFromNow()
    {
        var hour = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Shanghai).Hour;
        return ((hour + 12) % 24, (hour + 13) % 24);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CampaignTestsOnSqlite(SqliteApp app) : CampaignTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class CampaignTestsOnPostgreSql(PostgreSqlApp app) : CampaignTests(app);
