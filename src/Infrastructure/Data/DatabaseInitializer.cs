using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Segments.Commands.RefreshSegments;
using KnowledgePay.Infrastructure.Data.Seeding;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KnowledgePay.Infrastructure.Data;

public static class DatabaseInitializer
{
    /// <summary>
    /// Applies pending migrations and encrypts the phone numbers earlier releases stored in clear
    /// (<see cref="PhoneNumberBackfill"/>) when <c>Database:MigrateOnStartup</c>, then loads the demo catalogue, its offers, coupons,
    /// sales and running price experiment (with exposures and paid orders), demo learners with their behaviour, and six months
    /// of business history (<c>Database:SeedDemoData</c>; in Development also the README's redeem code) when no course
    /// exists yet; calling it again changes nothing.
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
            await PhoneNumberBackfill.RunAsync(db, scope.ServiceProvider.GetRequiredService<IPhoneNumberProtector>, logger, ct);
        }

        if (options.SeedDemoData && !await db.Courses.AnyAsync(ct))
        {
            var catalog = DemoCatalog.Build();
            db.AddRange(catalog.Categories);
            db.AddRange(catalog.Creators);
            db.AddRange(catalog.Tags);
            db.AddRange(catalog.Courses);
            var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
            var offers = DemoOffers.Build(catalog);
            db.AddRange(offers);
            var learners = DemoLearners.Build(catalog, now);
            db.AddRange(learners.Users);
            db.AddRange(learners.Events);
            db.AddRange(learners.Enrollments);
            db.AddRange(learners.Reviews);
            var agreements = DemoAgreements.Build(learners.Users, now);
            db.AddRange(agreements.Versions);
            db.AddRange(agreements.Acceptances);
            db.AddRange(agreements.ConsentChanges);
            db.AddRange(DemoComments.Build(catalog, learners, now));
            var coupons = DemoCoupons.Build(catalog, now);
            db.AddRange(coupons);
            db.AddRange(DemoSales.Build(catalog, offers, now));
            db.AddRange(DemoReferrals.Build(learners.Users, now));
            db.Add(DemoGroupBuys.Build(catalog, now));
            var experiment = DemoExperiments.Build(catalog, learners.Users, learners.Enrollments, now);
            db.Add(experiment.Experiment);
            db.AddRange(experiment.Exposures);
            db.AddRange(experiment.Orders);
            db.AddRange(experiment.Ledger);
            db.AddRange(DemoCampaigns.Build(catalog, learners.Users, coupons[0], now));
            var shares = DemoShares.Build(catalog, learners.Users, now);
            db.AddRange(shares.Shares);
            db.AddRange(shares.Visits);
            var history = DemoHistory.Build(catalog, offers, coupons, now);
            if (scope.ServiceProvider.GetService<IHostEnvironment>()?.IsDevelopment() == true)
            {
                var codes = DemoRedeemCodes.Build(catalog, now);
                db.AddRange(codes.Batch, codes.Code);
            }

            db.AddRange(DemoSegments.Build(catalog, now));
            await db.SaveChangesAsync(ct);
            await SaveHistoryAsync(db, history, ct);
            await scope.ServiceProvider.GetRequiredService<ISender>().Send(new RefreshSegmentsCommand(), ct);
            logger.LogInformation(
                "Seeded the demo catalogue: {CourseCount} courses, {LearnerCount} learners with {EventCount} behaviour events and {ReviewCount} reviews, "
                + "and {HistoryDays} days of history: {HistoryUsers} learners, {HistoryOrders} orders, {HistoryEvents} behaviour events, {HistoryRows} other rows",
                catalog.Courses.Count, learners.Users.Count, learners.Events.Count, learners.Reviews.Count,
                DemoHistory.Days, history.Users.Count, history.Orders.Count, history.Events.Count, history.Rows.Count);
        }
    }

    /// <summary>
    /// The history's tens of thousands of new rows raise no events and change nothing already tracked, so they are added
    /// without change detection (which would scan every tracked entity on each pass of the save's interceptors).
    /// </summary>
    private static async Task SaveHistoryAsync(AppDbContext db, DemoHistory history, CancellationToken ct)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            db.AddRange(history.Users);
            db.AddRange(history.Events);
            db.AddRange(history.Orders);
            db.AddRange(history.Rows);
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
    }
}
