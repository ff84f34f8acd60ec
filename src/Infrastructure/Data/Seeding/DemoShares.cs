using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Sharing;

namespace KnowledgePay.Infrastructure.Data.Seeding;

/// <summary>
/// Two demo learners each shared a published course that a handful of others then opened (some more than once), so
/// <c>myShares</c> and <c>shareStats</c> show a funnel out of the box. No purchases follow: the demo enrollments are
/// admin grants, so buyers stay at zero until someone buys through the walk-through.
/// </summary>
internal sealed record DemoShares(IReadOnlyList<Share> Shares, IReadOnlyList<ShareVisit> Visits)
{
    private const int VisitorsPerShare = 5;

    public static DemoShares Build(DemoCatalog catalog, IReadOnlyList<User> learners, DateTimeOffset now)
    {
        var courses = catalog.Courses.Where(c => c.Status == CourseStatus.Published).Take(2).ToList();
        var (shares, visits) = (new List<Share>(), new List<ShareVisit>());
        for (var i = 0; i < courses.Count; i++)
        {
            var sharedAt = now.AddDays(-10 + i);
            var share = Share.Create(learners[i].Id, courses[i].Id, sharedAt);
            shares.Add(share);
            foreach (var (visitor, n) in learners.Skip(2 + (i * VisitorsPerShare)).Take(VisitorsPerShare).Select((u, n) => (u, n)))
            {
                var visit = share.FirstVisitBy(visitor.Id, sharedAt.AddHours(n + 1))!;
                for (var repeat = 0; repeat < n % 3; repeat++)
                {
                    visit.Repeat(sharedAt.AddDays(repeat + 1));
                }

                // Demo data is not a visit anyone made: no referral binding, no audit trail.
                visit.ClearDomainEvents();
                visits.Add(visit);
            }
        }

        return new DemoShares(shares, visits);
    }
}
