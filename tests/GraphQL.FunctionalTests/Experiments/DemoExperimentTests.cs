using KnowledgePay.Domain.Experiments;
using KnowledgePay.Domain.Orders;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.GraphQL.FunctionalTests.Experiments;

/// <summary>The demo's running price experiment on the embedded default: exposures and paid orders agree with real assignment.</summary>
public sealed class DemoExperimentTests(EmbeddedSqliteApp app) : IClassFixture<EmbeddedSqliteApp>
{
    [Fact]
    public async Task SeedsARunningPriceExperimentWhoseExposuresAndOrdersFollowEachLearnersAssignment()
    {
        var experiment = await app.ReadAsync(db => db.Experiments.AsNoTracking().SingleAsync(e => e.Key == "demo-course-price"));
        var exposures = await app.ReadAsync(db => db.ExperimentExposures.AsNoTracking().Where(x => x.ExperimentId == experiment.Id).ToListAsync());
        var orders = await app.ReadAsync(db => db.Orders.AsNoTracking().Include(o => o.Lines)
            .Where(o => o.Status == OrderStatus.Paid && o.Lines.Any(l => l.OfferId == experiment.OfferId)).ToListAsync());

        Assert.Equal(ExperimentStatus.Running, experiment.Status);
        Assert.Equal(60, exposures.Count);
        Assert.All(exposures, x => Assert.Equal(experiment.Assign(x.UserId)!.Key, x.VariantKey));
        Assert.Contains(orders, o => exposures.Single(x => x.UserId == o.UserId).VariantKey == "b");
        Assert.Contains(orders, o => exposures.Single(x => x.UserId == o.UserId).VariantKey == "control");
        Assert.All(orders, o => Assert.Equal(
            experiment.Variant(exposures.Single(x => x.UserId == o.UserId).VariantKey)!.PriceFen ?? o.Lines.Single().ListFen,
            o.Total.AmountFen));
    }
}
