using System.Linq.Expressions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Profiles.Scoring;
using KnowledgePay.Domain.Coupons;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Segments;
using KnowledgePay.Domain.Tracking;
using static KnowledgePay.Application.Segments.Rules.SegmentFields;
using Level = KnowledgePay.Application.Profiles.Scoring.ActivityLevel;

namespace KnowledgePay.Application.Segments.Rules;

/// <summary>
/// A checked rule as a query of user ids: each condition is a predicate on the user row or an EXISTS/COUNT/SUM subquery,
/// composed with AND/OR/NOT into one WHERE, so the database evaluates the whole rule in one statement (ADR 0031).
/// </summary>
public sealed class SegmentAudience(IApplicationDbContext db, DateTimeOffset now)
{
    private readonly int _today = BehaviourEvent.DayNumber(now);

    public IQueryable<Guid> UserIds(SegmentRule rule) => db.Users.Where(Predicate(rule)).Select(u => u.Id);

    public Expression<Func<User, bool>> Predicate(SegmentRule rule)
    {
        var user = Expression.Parameter(typeof(User), "u");
        return Expression.Lambda<Func<User, bool>>(Body(rule, user), user);
    }

    private Expression Body(SegmentRule rule, ParameterExpression user) => rule switch
    {
        AllOfRule all => all.Rules.Select(r => Body(r, user)).Aggregate(Expression.AndAlso),
        AnyOfRule any => any.Rules.Select(r => Body(r, user)).Aggregate(Expression.OrElse),
        NotRule not => Expression.Not(Body(not.Rule, user)),
        SegmentCondition condition => ExpressionRebinder.Rebind(Condition(condition), user),
        _ => throw new ArgumentOutOfRangeException(nameof(rule)),
    };

    private Expression<Func<User, bool>> Condition(SegmentCondition c)
    {
        var value = c.Values.Count > 0 ? c.Values[0] : string.Empty;
        var since = now.AddDays(-(c.WithinDays ?? 0));
        switch (c.Field)
        {
            case InterestTag:
                var tagId = Guid.Parse(value);
                return u => u.InterestTagIds.Contains(tagId);
            case SegmentFields.AgeBand:
                var bands = c.Values.Select(EnumValue<Domain.Identity.AgeBand>).ToList();
                return u => bands.Contains(u.Profile.AgeBand);
            case City:
                var cities = c.Values.Select(v => v.Trim()).ToList();
                return u => u.Profile.City != null && cities.Contains(u.Profile.City);
            case SegmentFields.ActivityLevel:
                return Activity(c);
            case TotalSpendFen:
                // Users whose paid orders sum past the bound, as an uncorrelated IN (… GROUP BY … HAVING): one pass over
                // the orders (a hashed subplan), not a SUM per user; "at most" is the complement, so it keeps non-buyers.
                var fen = Integer(value);
                var paid = db.Orders.Where(o => o.PaidAt != null).GroupBy(o => o.UserId);
                if (c.Operator == SegmentOperator.AtLeast)
                {
                    var spentAtLeast = paid.Where(g => g.Sum(o => o.PaidFen - o.RefundedFen) >= fen).Select(g => g.Key);
                    return u => spentAtLeast.Contains(u.Id);
                }

                var spentMore = paid.Where(g => g.Sum(o => o.PaidFen - o.RefundedFen) > fen).Select(g => g.Key);
                return u => !spentMore.Contains(u.Id);
            case DaysSinceLastPurchase:
                var paidSince = now.AddDays(-Integer(value));
                var lastPaid = db.Orders.Where(o => o.PaidAt != null).GroupBy(o => o.UserId);
                var quiet = c.Operator == SegmentOperator.AtLeast
                    ? lastPaid.Where(g => g.Max(o => o.PaidAt) <= paidSince).Select(g => g.Key)
                    : lastPaid.Where(g => g.Max(o => o.PaidAt) >= paidSince).Select(g => g.Key);
                return u => quiet.Contains(u.Id);
            case BoughtInCategory:
                var boughtCategory = Guid.Parse(value);
                return u => db.Enrollments.Any(e => e.UserId == u.Id && e.OrderId != null
                    && db.Courses.Any(course => course.Id == e.CourseId && course.CategoryId == boughtCategory));
            case ViewedCourse:
                var courseId = Guid.Parse(value);
                return u => db.BehaviourEvents.Any(e => e.UserId == u.Id && e.Kind == BehaviourEventKind.View
                    && e.CourseId == courseId && e.OccurredAt >= since);
            case ViewedCategory:
                var viewedCategory = Guid.Parse(value);
                return u => db.BehaviourEvents.Any(e => e.UserId == u.Id && e.Kind == BehaviourEventKind.View && e.OccurredAt >= since
                    && db.Courses.Any(course => course.Id == e.CourseId && course.CategoryId == viewedCategory));
            case AbandonedCheckout:
                return u => db.Orders.Any(o => o.UserId == u.Id && o.CreatedAt >= since && o.PaidAt == null
                    && !db.Orders.Any(p => p.UserId == u.Id && p.PaidAt != null && p.CreatedAt >= o.CreatedAt));
            case ActiveMember:
                return u => db.Memberships.Any(m => m.UserId == u.Id && m.StartedAt <= now && m.ExpiresAt > now);
            case HoldsUnusedCoupon:
                return u => db.UserCoupons.Any(k => k.UserId == u.Id && k.Status == UserCouponStatus.Available
                    && k.ValidFrom <= now && k.ValidUntil > now);
            case PurchasePropensity7d:
                var p = Probability(value);
                return c.Operator == SegmentOperator.AtLeast
                    ? u => db.PurchasePropensities.Any(s => s.UserId == u.Id && s.Score >= p)
                    : u => db.PurchasePropensities.Any(s => s.UserId == u.Id && s.Score <= p);
            default:
                throw SegmentErrors.UnknownField(c.Field);
        }
    }

    /// <summary>The portrait's activity levels (<see cref="ActivityLevels.Of"/>) from event counts over the last 7 and 30 days.</summary>
    private Expression<Func<User, bool>> Activity(SegmentCondition c)
    {
        var levels = c.Values.Select(EnumValue<Level>).ToList();
        var wanted = c.Operator == SegmentOperator.AtLeast
            ? Enum.GetValues<Level>().Where(l => l >= levels[0]).ToList()
            : levels;
        var week = _today - 7;
        var month = _today - 30;
        Expression<Func<User, int>> last7 = u => db.BehaviourEvents.Count(e => e.UserId == u.Id && e.OccurredOnDay > week);
        Expression<Func<User, int>> last30 = u => db.BehaviourEvents.Count(e => e.UserId == u.Id && e.OccurredOnDay > month);
        var power = Compare(last7, n => n >= ActivityLevels.PowerEventsPerWeek);
        var active = Or(Compare(last7, n => n >= ActivityLevels.ActiveEventsPerWeek), Compare(last30, n => n >= ActivityLevels.ActiveEventsPerMonth));
        var dormant = Compare(last30, n => n == 0);
        var byLevel = new Dictionary<Level, Expression<Func<User, bool>>>
        {
            [Level.Dormant] = dormant,
            [Level.Power] = And(Not(dormant), power),
            [Level.Active] = And(Not(dormant), And(Not(power), active)),
            [Level.Casual] = And(Not(dormant), And(Not(power), Not(active))),
        };
        return wanted.Select(l => byLevel[l]).Aggregate(Or);
    }

    private static Expression<Func<User, bool>> Compare<T>(Expression<Func<User, T>> measure, Expression<Func<T, bool>> test) =>
        Expression.Lambda<Func<User, bool>>(ExpressionRebinder.Rebind(test, measure.Body), measure.Parameters);

    private static Expression<Func<User, bool>> And(Expression<Func<User, bool>> left, Expression<Func<User, bool>> right) =>
        Expression.Lambda<Func<User, bool>>(Expression.AndAlso(left.Body, ExpressionRebinder.Rebind(right, left.Parameters[0])), left.Parameters);

    private static Expression<Func<User, bool>> Or(Expression<Func<User, bool>> left, Expression<Func<User, bool>> right) =>
        Expression.Lambda<Func<User, bool>>(Expression.OrElse(left.Body, ExpressionRebinder.Rebind(right, left.Parameters[0])), left.Parameters);

    private static Expression<Func<User, bool>> Not(Expression<Func<User, bool>> operand) =>
        Expression.Lambda<Func<User, bool>>(Expression.Not(operand.Body), operand.Parameters);
}
