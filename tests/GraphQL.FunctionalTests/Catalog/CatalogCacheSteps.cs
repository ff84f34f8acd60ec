using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using static KnowledgePay.GraphQL.FunctionalTests.TestData.Builders;

namespace KnowledgePay.GraphQL.FunctionalTests.Catalog;

/// <summary>What the catalogue cache tests do over HTTP: add a course, read it as an anonymous visitor, reprice it as the admin.</summary>
internal static class CatalogCacheSteps
{
    /// <summary>The course page (by id) and the catalogue list, both cached reads.</summary>
    private const string PricesQuery = "query($id: ID!) { course(id: $id) { price } courses(first: 5) { nodes { id price } } }";

    private const string SetPriceMutation =
        "mutation($input: SetCoursePriceInput!) { setCoursePrice(input: $input) { errors { __typename } } }";

    /// <summary>Adds one published course priced <paramref name="fen"/>; returns its global id.</summary>
    public static async Task<string> AddPublishedCourseAsync(KnowledgePayApp app, long fen)
    {
        var (creator, category) = (ACreator(), ACategory());
        var course = ACourse().By(creator).In(category).PricedAt(fen).Published().Build();
        await app.AddAsync(creator, category, course);
        return GlobalId.Encode("Course", course.Id);
    }

    /// <summary>The price on the course page and in the list, as an anonymous visitor sees them.</summary>
    public static async Task<(long Page, long Listed)> PricesAsync(KnowledgePayApp app, string courseId)
    {
        var data = await app.Client.QueryAsync(PricesQuery, new { id = courseId });
        var listed = data.GetProperty("courses").GetProperty("nodes").EnumerateArray()
            .Single(n => n.GetProperty("id").GetString() == courseId);
        return (data.GetProperty("course").GetProperty("price").GetInt64(), listed.GetProperty("price").GetInt64());
    }

    /// <summary>Signs in on <paramref name="app"/> as the bootstrap admin and sets the course's price through the API.</summary>
    public static async Task SetPriceAsAdminAsync(KnowledgePayApp app, string courseId, long fen)
    {
        using var admin = await app.AdminClientAsync();
        var set = (await admin.QueryAsync(SetPriceMutation, new { input = new { courseId, price = fen } })).GetProperty("setCoursePrice");
        Assert.Empty(set.PayloadErrors());
    }
}
