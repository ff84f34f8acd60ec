using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Coupons;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Learning;
using KnowledgePay.Domain.Memberships;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Pricing;
using KnowledgePay.Domain.Tracking;
using static KnowledgePay.GraphQL.FunctionalTests.TestData.Builders;

namespace KnowledgePay.GraphQL.FunctionalTests.Segments;

/// <summary>
/// Entities for segment tests, with their domain events dropped: the tests describe what the tables hold, not how the
/// features that write them got there.
/// </summary>
internal static class SegmentPopulation
{
    public static User AUser(string openId, DateTimeOffset signedUpAt, string? city = null, AgeBand ageBand = AgeBand.Unspecified, params Guid[] interests)
    {
        var user = User.SignUp(openId, null, EncryptedSessionKey.Of("test", signedUpAt), signedUpAt);
        user.UpdateProfile(UserProfile.Create(openId, null, Gender.Unspecified, ageBand, null, city));
        user.ChooseInterests(interests);
        user.ClearDomainEvents();
        return user;
    }

    /// <summary>An order for one course placed at <paramref name="placedAt"/>, paid at <paramref name="paidAt"/> when given.</summary>
    public static Order AnOrder(Guid userId, Course course, long fen, DateTimeOffset placedAt, DateTimeOffset? paidAt)
    {
        var line = new LinePrice(new OfferRef(OfferKind.Course, course.Id), course.Title, fen, [], fen, null, false);
        var order = Order.Place(userId, new PriceQuote([line], null), Guid.NewGuid().ToString("N"), PaymentChannel.WeChatPayJsapi, placedAt, TimeSpan.FromMinutes(30));
        if (paidAt is { } at)
        {
            order.MarkPaid($"tx{Guid.NewGuid():N}", at);
        }

        order.ClearDomainEvents();
        return order;
    }

    public static Enrollment Bought(Guid userId, Course course, Order order) =>
        Cleared(Enrollment.ByPurchase(userId, course.Id, order.Id, order.PaidAt!.Value));

    public static BehaviourEvent AView(Guid userId, Guid courseId, DateTimeOffset at) =>
        BehaviourEvent.Track(userId, $"v-{Guid.NewGuid():N}", BehaviourEventKind.View, courseId, null, null, null, at, at);

    public static (Offer Plan, Membership Membership) AMembership(Guid userId, DateTimeOffset startedAt)
    {
        var plan = Offer.MembershipPlan($"月卡 {Next()}", null, Money.Fen(9900), 30, [], 20, PriceGuardrails.None, startedAt.AddDays(-1));
        return (plan, Cleared(Membership.Start(userId, plan, EnrollmentSource.AdminGrant, null, startedAt)));
    }

    public static (Coupon Coupon, UserCoupon Copy) ACoupon(Guid userId, DateTimeOffset now)
    {
        var coupon = Coupon.Create(new CouponDefinition(
            $"无门槛 {Next()}", CouponKind.AmountOff, 0, 500, 0, 0, CouponScope.All, CouponValidity.AfterClaim(30), 10, 1, null, true, false), now);
        return (coupon, Cleared(coupon.Claim(userId, 0, now)));
    }

    private static T Cleared<T>(T entity)
        where T : Entity
    {
        entity.ClearDomainEvents();
        return entity;
    }
}
