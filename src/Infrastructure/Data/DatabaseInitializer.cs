using KnowledgePay.Infrastructure.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KnowledgePay.Infrastructure.Data;

public static class DatabaseInitializer
{
    /// <summary>
    /// Applies pending migrations (<c>Database:MigrateOnStartup</c>), then loads the demo catalogue, its offers, coupons and
    /// sales, and demo learners with their behaviour (<c>Database:SeedDemoData</c>; in Development also the README's redeem
    /// code) when no course exists yet; calling it again changes nothing.
    /// </summary>
    public static async Task InitialiseDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<DatabaseOptions>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILogger<AppDbContext>>();

        if (options.MigrateOnStartup)
        {
            await db.Database.MigrateAsync(ct);
        }

        if (options.SeedDemoData && !await db.Courses.AnyAsync(ct))
        {
            var catalog = DemoCatalog.Build();
            db.AddRange(catalog.Categories);
            db.AddRange(catalog.Creators);
            db.AddRange(catalog.Tags);
            db.AddRange(catalog.Courses);
            var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
            db.AddRange(DemoOffers.Build(catalog));
            var learners = DemoLearners.Build(catalog, now);
            db.AddRange(learners.Users);
            db.AddRange(learners.Events);
            db.AddRange(learners.Enrollments);
            db.AddRange(learners.Reviews);
            db.AddRange(DemoComments.Build(catalog, learners, now));
            var coupons = DemoCoupons.Build(catalog, now);
            db.AddRange(coupons);
            db.AddRange(DemoSales.Build(catalog, now));
            db.AddRange(DemoReferrals.Build(learners.Users, now));
            db.Add(DemoGroupBuys.Build(catalog, now));
            db.AddRange(DemoCampaigns.Build(catalog, learners.Users, coupons[0], now));
            var shares = DemoShares.Build(catalog, learners.Users, now);
            db.AddRange(shares.Shares);
            db.AddRange(shares.Visits);
            if (scope.ServiceProvider.GetService<IHostEnvironment>()?.IsDevelopment() == true)
            {
                var codes = DemoRedeemCodes.Build(catalog, now);
                db.AddRange(codes.Batch, codes.Code);
            }

            await db.SaveChangesAsync(ct);
            logger.LogInformation(
                "Seeded the demo catalogue: {CourseCount} courses, {LearnerCount} learners with {EventCount} behaviour events and {ReviewCount} reviews",
                catalog.Courses.Count, learners.Users.Count, learners.Events.Count, learners.Reviews.Count);
        }
    }
}
