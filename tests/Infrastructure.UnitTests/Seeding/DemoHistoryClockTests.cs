using KnowledgePay.Infrastructure.Data.Seeding;

namespace KnowledgePay.Infrastructure.UnitTests.Seeding;

/// <summary>The demo history is built relative to the moment of the first start, whatever the time of day: nothing in it happens later.</summary>
public sealed class DemoHistoryClockTests
{
    public static TheoryData<string> Moments() => new()
    {
        "2026-12-02T16:00:10+00:00",
        "2026-12-02T16:00:50+00:00",
        "2026-12-03T05:48:00+00:00",
        "2026-12-03T15:59:30+00:00",
    };

    [Theory]
    [MemberData(nameof(Moments))]
    public void NothingInTheHistoryHappensAfterNow(string moment)
    {
        var now = DateTimeOffset.Parse(moment, System.Globalization.CultureInfo.InvariantCulture);
        var catalog = DemoCatalog.Build();
        var offers = DemoOffers.Build(catalog);

        var history = DemoHistory.Build(catalog, offers, DemoCoupons.Build(catalog, now), now);

        Assert.NotEmpty(history.Events);
        Assert.DoesNotContain(history.Events, e => e.OccurredAt > now);
        Assert.DoesNotContain(history.Orders, o => o.CreatedAt > now || o.PaidAt > now);
    }
}
