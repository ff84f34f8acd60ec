using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Infrastructure.Data.Seeding;

/// <summary>
/// The demo offers over the demo catalogue: guardrails on two courses, a platform bundle of three courses below their
/// sum, one creator's 专栏 series, a 月卡 covering every course and a 年卡 covering a chosen set with 20 % off the rest.
/// </summary>
internal static class DemoOffers
{
    private const int GuardedCourses = 2;
    private const int BundleCourses = 3;
    private const int YearPlanCourses = 20;

    public static IReadOnlyList<Offer> Build(DemoCatalog catalog)
    {
        var paid = catalog.Courses.Where(c => c.Status == CourseStatus.Published && !c.Price.IsFree).ToList();
        foreach (var course in paid.Take(GuardedCourses))
        {
            // A floor at 60 % of the price, at most 40 % off it, sale and member prices never both.
            course.SetGuardrails(PriceGuardrails.Of(course.Price.AmountFen * 6 / 10, 40, salePriceStacksWithMemberPrice: false));
        }

        var bundled = paid.Take(BundleCourses).ToList();
        var seriesCreator = paid.GroupBy(c => c.CreatorId).First(g => g.Count() >= BundleCourses);
        var series = seriesCreator.Skip(seriesCreator.Count() - BundleCourses).ToList();
        var offers = new List<Offer>
        {
            Offer.Bundle(
                "入门三件套",
                "三门热门课程一起买，比单买便宜三成。",
                Money.Fen(Discounted(bundled.Sum(c => c.Price.AmountFen))),
                [.. bundled.Select(c => c.Id)],
                isSeries: false,
                PriceGuardrails.OfBundle([.. bundled.Select(c => c.Guardrails)]),
                creatorId: null,
                DemoCatalog.BaseTime),
            Offer.Bundle(
                "讲师专栏",
                "持续更新的系列课程：以后加入的新课，已购用户自动获得。",
                Money.Fen(Discounted(series.Sum(c => c.Price.AmountFen))),
                [.. series.Select(c => c.Id)],
                isSeries: true,
                PriceGuardrails.OfBundle([.. series.Select(c => c.Guardrails)]),
                seriesCreator.Key,
                DemoCatalog.BaseTime),
            Offer.MembershipPlan(
                "月卡", "30 天畅学全部课程。", Money.Fen(6800), 30, [], 0, PriceGuardrails.None, DemoCatalog.BaseTime),
            Offer.MembershipPlan(
                "年卡",
                "365 天畅学精选课程，其余课程会员价八折。",
                Money.Fen(39900),
                365,
                [.. paid.Take(YearPlanCourses).Select(c => c.Id)],
                20,
                PriceGuardrails.None,
                DemoCatalog.BaseTime),
        };

        // Demo data is not a change anyone made, so it leaves no audit trail.
        foreach (var entity in offers.Concat<Entity>(paid.Take(GuardedCourses)))
        {
            entity.ClearDomainEvents();
        }

        return offers;
    }

    /// <summary>About 70 % of the sum, ending in 90 fen as shop prices do.</summary>
    private static long Discounted(long sumFen) => Math.Max(90, (sumFen * 7 / 10 / 100 * 100) - 10);
}
