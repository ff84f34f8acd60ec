using KnowledgePay.Domain.Moderation;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.GraphQL.FunctionalTests.Persistence;

/// <summary>What a fresh clone gets from <c>dotnet run</c>: embedded SQLite, migrated and seeded with demo data.</summary>
public sealed class EmbeddedSqliteSmokeTests(EmbeddedSqliteApp app) : IClassFixture<EmbeddedSqliteApp>
{
    [Fact]
    public async Task SeedsAtLeastThreeHundredCoursesWhenStartedWithDemoData()
    {
        var courses = await app.ReadAsync(db => db.Courses.CountAsync());

        Assert.True(courses >= 300, $"Only {courses} courses were seeded.");
    }

    [Fact]
    public async Task SeedsTwelveCategoriesAndFortyCreatorsWhenStartedWithDemoData()
    {
        var categories = await app.ReadAsync(db => db.Categories.CountAsync());
        var creators = await app.ReadAsync(db => db.Creators.CountAsync());

        Assert.True(categories >= 12, $"Only {categories} categories were seeded.");
        Assert.True(creators >= 40, $"Only {creators} creators were seeded.");
    }

    [Fact]
    public async Task SeedsTwoSharesWithTheirVisitsWhenStartedWithDemoData()
    {
        var shares = await app.ReadAsync(db => db.Shares.CountAsync());
        var visits = await app.ReadAsync(db => db.ShareVisits.CountAsync());

        Assert.Equal(2, shares);
        Assert.Equal(10, visits);
    }

    [Fact]
    public async Task AnswersTheIssueExampleWhenStartedWithDemoData()
    {
        var data = await app.Client.QueryAsync("{ courses(first: 5, order: [{ price: DESC }]) { nodes { title price creator { name } } } }");

        var prices = data.Nodes("courses").Select(n => n.GetProperty("price").GetInt64()).ToList();
        Assert.Equal(5, prices.Count);
        Assert.Equal(prices.OrderDescending(), prices);
        Assert.All(data.Nodes("courses"), n => Assert.False(string.IsNullOrEmpty(n.GetProperty("creator").GetProperty("name").GetString())));
    }

    [Fact]
    public async Task SeedsLessonThreadsAndAHeldCommentWaitingInTheModerationQueue()
    {
        var visible = await app.ReadAsync(db => db.LessonComments.CountAsync(c => c.Status == ModerationStatus.Visible));
        var queued = await app.ReadAsync(db => db.ModerationCases.Where(c => c.Status == ModerationCaseStatus.Open).Select(c => c.Kind).ToListAsync());

        Assert.True(visible >= 2, $"Only {visible} visible comments were seeded.");
        Assert.Equal([ModeratedContentKind.Comment], queued);
    }

    [Fact]
    public async Task ShowsTheDemoGroupBuyDealWithItsCourse()
    {
        var data = await app.Client.QueryAsync("{ groupBuyDeals { groupSize price course { title price } openGroups { id } } }");

        var deal = Assert.Single(data.GetProperty("groupBuyDeals").EnumerateArray());
        Assert.Equal(3, deal.GetProperty("groupSize").GetInt32());
        Assert.True(deal.GetProperty("price").GetInt64() < deal.GetProperty("course").GetProperty("price").GetInt64());
    }
}
