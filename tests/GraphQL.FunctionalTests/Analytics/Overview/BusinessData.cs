using KnowledgePay.Domain.Campaigns;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Pricing;
using KnowledgePay.Domain.Referrals;
using KnowledgePay.Domain.Sharing;
using KnowledgePay.Domain.Tracking;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using static KnowledgePay.GraphQL.FunctionalTests.TestData.Builders;

namespace KnowledgePay.GraphQL.FunctionalTests.Analytics.Overview;

/// <summary>
/// Rows of a small business in Beijing time (UTC+8), built with the domain's own factories. The order, refund and event
/// times sit on local-day edges, so a metric that cut days in UTC would put them on the wrong day.
/// </summary>
internal sealed class BusinessData(KnowledgePayApp app)
{
    private readonly List<object> _rows = [];

    /// <summary>The instant of a Beijing wall-clock time, in UTC as the app's clock gives instants (SQLite stores the offset too).</summary>
    public static DateTimeOffset Beijing(int month, int day, int hour, int minute = 0) =>
        new DateTimeOffset(2026, month, day, hour, minute, 0, TimeSpan.FromHours(8)).ToUniversalTime();

    /// <summary>
    /// Learners and what they did, Beijing time (the UTC date is the day before for everything before 08:00):
    /// <list type="bullet">
    /// <item>2026-02-20 L4 signs up; 02-27 10:00 pays 9,000 for Go and starts a lesson at 11:00; 03-02 10:00 gets 1,000 back.</item>
    /// <item>03-09 10:00 L1 signs up; 03-10 20:00 starts a lesson; 23:30 pays 10,000 for Go (day 03-10);
    /// 03-11 00:10 pays 6,000 for Design (day 03-11) after a promoter bound them at 00:00; 00:30 progresses; 03-12 09:00 gets 2,000 back.</item>
    /// <item>03-10 08:00 a campaign reaches L2; 23:50 L2 signs up; 03-11 09:00 completes a lesson; 12:00 pays 13,000 from the
    /// balance for Design (5,000) and a bundle (8,000).</item>
    /// <item>03-11 00:05 L3 signs up; 10:00 views a course (not learning); 13:00 tops up 20,000 (not revenue); leaves an order
    /// for Go unpaid; 03-20 09:00 opens a share of Go and pays 4,000 for it at 10:00.</item>
    /// </list>
    /// </summary>
    public static async Task MarchAsync(KnowledgePayApp app)
    {
        var data = new BusinessData(app);
        var go = data.Course("Go", "编程", "Alice");
        var design = data.Course("Design", "设计", "Bob");
        var l4 = data.Learner("o_l4", Beijing(2, 20, 9));
        var l1 = data.Learner("o_l1", Beijing(3, 9, 10));
        var l2 = data.Learner("o_l2", Beijing(3, 10, 23, 50));
        var l3 = data.Learner("o_l3", Beijing(3, 11, 0, 5));

        var february = data.Order(l4, Beijing(2, 27, 10), PaymentChannel.WeChatPayJsapi, (OfferRef.ForCourse(go.Id), 9000));
        data.Learning(l4, go, BehaviourEventKind.LessonStart, Beijing(2, 27, 11));
        data.Refund(february, 1000, Beijing(3, 2, 10));

        data.Learning(l1, go, BehaviourEventKind.LessonStart, Beijing(3, 10, 20));
        data.Order(l1, Beijing(3, 10, 23, 30), PaymentChannel.WeChatPayJsapi, (OfferRef.ForCourse(go.Id), 10000));
        data.Referred(l1, Beijing(3, 11, 0));
        var second = data.Order(l1, Beijing(3, 11, 0, 10), PaymentChannel.WeChatPayJsapi, (OfferRef.ForCourse(design.Id), 6000));
        data.Learning(l1, go, BehaviourEventKind.Progress, Beijing(3, 11, 0, 30));
        data.Refund(second, 2000, Beijing(3, 12, 9));

        data.CampaignReached(l2, Beijing(3, 10, 8));
        data.Learning(l2, design, BehaviourEventKind.LessonComplete, Beijing(3, 11, 9));
        data.Order(l2, Beijing(3, 11, 12), PaymentChannel.Balance, (OfferRef.ForCourse(design.Id), 5000), (new OfferRef(OfferKind.Bundle, Guid.NewGuid()), 8000));

        data.Learning(l3, go, BehaviourEventKind.View, Beijing(3, 11, 10));
        data.Order(l3, Beijing(3, 11, 13), PaymentChannel.WeChatPayJsapi, (new OfferRef(OfferKind.WalletTopUp, Guid.NewGuid()), 20000));
        data.Order(l3, null, PaymentChannel.WeChatPayJsapi, (OfferRef.ForCourse(go.Id), 10000));
        data.OpenedShare(l3, go, Beijing(3, 20, 9));
        data.Order(l3, Beijing(3, 20, 10), PaymentChannel.WeChatPayJsapi, (OfferRef.ForCourse(go.Id), 4000));

        await data.SaveAsync();
    }

    public User Learner(string openId, DateTimeOffset signedUpAt) =>
        Add(User.SignUp(openId, null, EncryptedSessionKey.Of("test", signedUpAt), signedUpAt));

    public Course Course(string title, string category, string creator) =>
        Add(ACourse().Titled(title).In(Add(ACategory(category))).By(Add(ACreator(creator))).Published(Epoch).Build());

    /// <summary>An order of <paramref name="lines"/> (offer, price in fen), paid at <paramref name="paidAt"/> unless null.</summary>
    public Order Order(User buyer, DateTimeOffset? paidAt, PaymentChannel method, params (OfferRef Offer, long Fen)[] lines)
    {
        var placedAt = paidAt ?? Epoch;
        var quote = PricingEngine.Price(
            [.. lines.Select(l => new PricingLine(l.Offer, $"{l.Offer.Kind} {l.Fen}", l.Fen, PriceGuardrails.None, l.Offer.Kind == OfferKind.Course ? [l.Offer.Id] : [], []))],
            null);
        var order = Add(Domain.Orders.Order.Place(buyer.Id, quote, $"client-{Guid.NewGuid():N}", method, placedAt - TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(30)));
        if (paidAt is { } at)
        {
            order.MarkPaid($"42{Guid.NewGuid():N}", at);
        }

        return order;
    }

    /// <summary>Refunds <paramref name="fen"/> of the order's first line, completed at <paramref name="completedAt"/>.</summary>
    public void Refund(Order order, long fen, DateTimeOffset completedAt)
    {
        var refund = order.RequestRefund(fen, "不想要了", order.UserId, completedAt - TimeSpan.FromHours(1), order.Lines.First().Id);
        order.CompleteRefund(refund.OutRefundNo, $"refund-{Guid.NewGuid():N}", completedAt);
    }

    public void Learning(User learner, Course course, BehaviourEventKind kind, DateTimeOffset at) =>
        Add(BehaviourEvent.Track(learner.Id, Guid.NewGuid().ToString("N"), kind, course.Id, null, kind == BehaviourEventKind.Progress ? 50 : null, null, at, at));

    /// <summary>Enrols <paramref name="learner"/> in a campaign that issues them a coupon at <paramref name="at"/>, converting for 14 days.</summary>
    public void CampaignReached(User learner, DateTimeOffset at)
    {
        Campaign campaign;
        do
        {
            campaign = Campaign.Draft(
                new CampaignDefinition(
                    "回归礼", Guid.NewGuid(), CampaignActionKind.IssueCoupon, CampaignTrigger.Once, at, HoldoutShare: 0.1,
                    FrequencyCapActions: 2, FrequencyCapDays: 7, QuietHoursStart: 22, QuietHoursEnd: 8, ConversionWindowDays: 14,
                    CouponId: Guid.NewGuid()),
                null,
                at);
        }
        while (HoldoutAssignment.IsHeldOut(campaign.Id, learner.Id, campaign.HoldoutShare));

        Add(campaign).Activate(at);
        var enrolment = Add(campaign.Enrol(learner.Id, at));
        campaign.Act(enrolment, consented: true, recentActions: 0, at, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
    }

    /// <summary>Binds <paramref name="buyer"/> to a new promoter at <paramref name="at"/>, for good.</summary>
    public void Referred(User buyer, DateTimeOffset at)
    {
        var promoter = Add(Promoter.Enrol(Guid.NewGuid(), approved: true, null, at));
        Add(ReferralBinding.Bind(buyer.Id, promoter, null, new BindingRules(Attribution.FirstTouch, 0), at));
    }

    /// <summary><paramref name="visitor"/> opens someone's share of <paramref name="course"/> at <paramref name="at"/>.</summary>
    public void OpenedShare(User visitor, Course course, DateTimeOffset at)
    {
        var share = Add(Share.Create(Guid.NewGuid(), course.Id, at));
        Add(share.FirstVisitBy(visitor.Id, at)!);
    }

    public async Task SaveAsync()
    {
        foreach (var entity in _rows.OfType<Entity>())
        {
            entity.ClearDomainEvents();
        }

        await app.AddAsync([.. _rows]);
    }

    private T Add<T>(T row)
        where T : notnull
    {
        _rows.Add(row);
        return row;
    }
}
