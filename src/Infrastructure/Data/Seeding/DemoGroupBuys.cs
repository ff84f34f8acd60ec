using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.GroupBuying;
using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Infrastructure.Data.Seeding;

/// <summary>
/// A group-buy deal (拼团) running from the moment the demo starts, on the third paid published course (the first two
/// carry the demo sales): groups of three at 60 % of the price, 48 hours to fill, for 30 days. No group is seeded: a
/// group's members are paid orders, and the demo has no payments to show for them; the walk-through opens the first group.
/// </summary>
internal static class DemoGroupBuys
{
    public static GroupBuyDeal Build(DemoCatalog catalog, DateTimeOffset now)
    {
        var course = catalog.Courses.Where(c => c.Status == CourseStatus.Published && !c.Price.IsFree).Skip(2).First();
        return GroupBuyDeal.Create(
            OfferRef.ForCourse(course.Id), course.Price.AmountFen, course.Guardrails, groupSize: 3,
            priceFen: course.Price.AmountFen * 6 / 10, fillHours: 48, now.AddHours(-1), now.AddDays(30), createdBy: null, now);
    }
}
