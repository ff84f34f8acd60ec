using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.RedeemCodes;

namespace KnowledgePay.Infrastructure.Data.Seeding;

/// <summary>
/// One redeem code everybody knows, <see cref="KnownCode"/>, for the first published demo course, so the README can walk
/// through redeeming. Seeded in Development only: a known code is a free course for anyone.
/// </summary>
internal sealed record DemoRedeemCodes(RedeemCodeBatch Batch, RedeemCode Code)
{
    public const string KnownCode = "DEMO-2026-KNOW";

    /// <summary>No admin made it: the empty id stands for the seeding itself.</summary>
    private static readonly Guid SeededBy = Guid.Empty;

    public static DemoRedeemCodes Build(DemoCatalog catalog, DateTimeOffset now)
    {
        var course = catalog.Courses.First(c => c.Status == CourseStatus.Published);
        var batch = RedeemCodeBatch.Generate(OfferRef.ForCourse(course.Id), 1, now.AddYears(1), "README walk-through", SeededBy, now).Batch;
        batch.ClearDomainEvents();
        return new DemoRedeemCodes(batch, RedeemCode.For(batch, RedeemCodeFormat.Hash(KnownCode)));
    }
}
