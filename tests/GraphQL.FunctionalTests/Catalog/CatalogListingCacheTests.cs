using System.Text.Json;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static KnowledgePay.GraphQL.FunctionalTests.TestData.Builders;

namespace KnowledgePay.GraphQL.FunctionalTests.Catalog;

/// <summary>
/// Categories, tags and creators: the course page's creator, category and tags and the three lists are cached too, and a
/// change to a category, tag or creator profile shows on the next read once its event has run through the outbox. No
/// operator mutation edits categories or tags yet, so the change is made in the domain and committed as a command would.
/// </summary>
public abstract partial class CatalogCacheTests
{
    private const string ListingsQuery = """
        query($id: ID!) {
          course(id: $id) { creator { name } category { name } tags { name } }
          categories { name }
          tags(first: 50) { nodes { name } }
          creators(first: 50) { nodes { name } }
        }
        """;

    [Fact]
    public async Task ServesCategoriesTagsAndCreatorsFromTheCacheUntilTheirChangesHaveCommittedTheirEvents()
    {
        var (creator, category, tag) = (ACreator("Creator before"), ACategory("Category before"), ATag("Tag before"));
        var course = ACourse().By(creator).In(category).TaggedWith(tag).Published().Build();
        await App.AddAsync(creator, category, tag, course);
        await App.DrainOutboxAsync();
        var courseId = GlobalId.Encode("Course", course.Id);
        var first = await ListingsAsync(courseId);

        await RenameAsync(creator.Id, category.Id, tag.Id);
        var beforeTheOutbox = await ListingsAsync(courseId);
        await App.DrainOutboxAsync();
        var afterTheOutbox = await ListingsAsync(courseId);

        string[] before = ["Creator before", "Category before", "Tag before", "Category before", "Tag before", "Creator before"];
        Assert.Equal(before, first);
        Assert.Equal(before, beforeTheOutbox);
        Assert.Equal(["Creator after", "Category after", "Tag after", "Category after", "Tag after", "Creator after"], afterTheOutbox);
    }

    [Fact]
    public async Task ListsACreatorTheAdminRegisteredOnceTheJoiningHasCommittedItsEvent()
    {
        var existing = ACreator("Existing creator");
        await App.AddAsync(existing);
        await App.DrainOutboxAsync();
        Assert.Equal(["Existing creator"], await CreatorNamesAsync());

        using var admin = await App.AdminClientAsync();
        var created = (await admin.QueryAsync(
            "mutation { createCreator(input: { name: \"New creator\" }) { errors { __typename } } }")).GetProperty("createCreator");
        Assert.Empty(created.PayloadErrors());
        var beforeTheOutbox = await CreatorNamesAsync();
        await App.DrainOutboxAsync();

        Assert.Equal(["Existing creator"], beforeTheOutbox);
        Assert.Equal(["Existing creator", "New creator"], await CreatorNamesAsync());
    }

    private async Task RenameAsync(Guid creatorId, Guid categoryId, Guid tagId)
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
        var creator = await db.Creators.SingleAsync(c => c.Id == creatorId);
        creator.UpdateProfile("Creator after", creator.Headline, creator.Bio, creator.AvatarUrl);
        (await db.Categories.SingleAsync(c => c.Id == categoryId)).Edit("Category after", "category-after", position: 0);
        (await db.Tags.SingleAsync(t => t.Id == tagId)).Edit("Tag after", "tag-after");
        await db.SaveChangesAsync(CancellationToken.None);
    }

    /// <summary>Course page: creator, category, tag; then the category bar, the tag list and the creator list.</summary>
    private async Task<string[]> ListingsAsync(string courseId)
    {
        var data = await Client.QueryAsync(ListingsQuery, new { id = courseId });
        var course = data.GetProperty("course");
        return
        [
            Name(course.GetProperty("creator")),
            Name(course.GetProperty("category")),
            Name(course.GetProperty("tags").EnumerateArray().Single()),
            Name(data.GetProperty("categories").EnumerateArray().Single()),
            Name(data.GetProperty("tags").GetProperty("nodes").EnumerateArray().Single()),
            Name(data.GetProperty("creators").GetProperty("nodes").EnumerateArray().Single()),
        ];
    }

    private async Task<string[]> CreatorNamesAsync()
    {
        var data = await Client.QueryAsync("{ creators(first: 50) { nodes { name } } }");
        return [.. data.GetProperty("creators").GetProperty("nodes").EnumerateArray().Select(Name)];
    }

    private static string Name(JsonElement node) => node.GetProperty("name").GetString()!;
}
