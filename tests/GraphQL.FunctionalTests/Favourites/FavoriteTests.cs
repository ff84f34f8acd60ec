using System.Text.Json;
using KnowledgePay.Domain.Tracking;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using KnowledgePay.GraphQL.FunctionalTests.Learning;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.GraphQL.FunctionalTests.Favourites;

/// <summary>Favourites as a list: idempotent add and remove, newest first, and the behaviour events the recommender learns from.</summary>
public abstract class FavoriteTests(KnowledgePayApp app) : LearningTest(app)
{
    private const string Payload = "course { id isFavorite } isFavorite errors { __typename ... on Error { code } }";

    [Fact]
    public async Task FavouritesAreListedNewestFirstAndAddingTwiceKeepsOne()
    {
        var first = await AddPaidCourseAsync();
        var second = await AddPaidCourseAsync();
        var ann = await ConsentingAsync("o_ann");

        await FavoriteAsync(ann, first.Id);
        await FavoriteAsync(ann, second.Id);
        var again = await FavoriteAsync(ann, first.Id);

        Assert.True(again.GetProperty("isFavorite").GetBoolean());
        Assert.True(again.GetProperty("course").GetProperty("isFavorite").GetBoolean());
        var listed = (await ann.Client.QueryAsync("{ myFavorites { totalCount nodes { course { id } } } }")).GetProperty("myFavorites");
        Assert.Equal(2, listed.GetProperty("totalCount").GetInt32());
        Assert.Equal(
            [GlobalId.Encode("Course", second.Id), GlobalId.Encode("Course", first.Id)],
            listed.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("course").GetProperty("id").GetString()));
        Assert.Equal(2, await App.ReadAsync(db => db.Favourites.CountAsync()));
    }

    [Fact]
    public async Task UnfavouritingIsIdempotentAndBothActsEnterTheBehaviourLog()
    {
        var course = await AddPaidCourseAsync();
        var ann = await ConsentingAsync("o_ann");
        await FavoriteAsync(ann, course.Id);

        var removed = await UnfavoriteAsync(ann, course.Id);
        var again = await UnfavoriteAsync(ann, course.Id);

        Assert.False(removed.GetProperty("isFavorite").GetBoolean());
        Assert.Empty(again.PayloadErrors());
        Assert.Equal(0, await App.ReadAsync(db => db.Favourites.CountAsync()));
        var kinds = await App.ReadAsync(db => db.BehaviourEvents.AsNoTracking()
            .Where(e => e.CourseId == course.Id).OrderBy(e => e.Kind).Select(e => e.Kind).ToListAsync());
        Assert.Equal([BehaviourEventKind.Favourite, BehaviourEventKind.Unfavourite], kinds);
    }

    [Fact]
    public async Task ACourseShowsWhetherTheCallerKeepsIt()
    {
        var course = await AddPaidCourseAsync();
        var ann = await ConsentingAsync("o_ann");
        var bob = await SignInAsync("o_bob");
        await FavoriteAsync(ann, course.Id);
        const string Query = "query($id: ID!) { course(id: $id) { isFavorite } }";
        var id = GlobalId.Encode("Course", course.Id);

        Assert.True((await ann.Client.QueryAsync(Query, new { id })).GetProperty("course").GetProperty("isFavorite").GetBoolean());
        Assert.False((await bob.Client.QueryAsync(Query, new { id })).GetProperty("course").GetProperty("isFavorite").GetBoolean());
        Assert.False((await Client.QueryAsync(Query, new { id })).GetProperty("course").GetProperty("isFavorite").GetBoolean());
    }

    [Fact]
    public async Task AnonymousCallersHaveNoFavouritesAndAnUnknownCourseIsNotFound()
    {
        var course = await AddPaidCourseAsync();
        var ann = await SignInAsync("o_ann");

        var anonymousList = await Client.PostGraphQLAsync("{ myFavorites { nodes { id } } }");
        var anonymousAdd = await Client.PostGraphQLAsync(
            "mutation($input: FavoriteCourseInput!) { favoriteCourse(input: $input) { isFavorite } }",
            new { input = new { courseId = GlobalId.Encode("Course", course.Id) } });
        var unknown = await FavoriteAsync(ann, Guid.NewGuid());

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymousList.ErrorCodes);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymousAdd.ErrorCodes);
        Assert.Equal([("NotFoundError", "NOT_FOUND")], unknown.PayloadErrors());
        Assert.Equal(0, await App.ReadAsync(db => db.Favourites.CountAsync()));
    }

    private async Task<Session> ConsentingAsync(string openId)
    {
        var session = await SignInAsync(openId);
        var updated = (await session.Client.QueryAsync(
            "mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { errors { __typename } } }",
            new { input = new { gender = "UNSPECIFIED", ageBand = "UNSPECIFIED", interestTagIds = Array.Empty<string>(), personalisationConsent = true } }))
            .GetProperty("updateProfile");
        Assert.Empty(updated.PayloadErrors());
        return session;
    }

    private static async Task<JsonElement> FavoriteAsync(Session session, Guid courseId) =>
        (await session.Client.QueryAsync(
            $"mutation($input: FavoriteCourseInput!) {{ favoriteCourse(input: $input) {{ {Payload} }} }}",
            new { input = new { courseId = GlobalId.Encode("Course", courseId) } })).GetProperty("favoriteCourse");

    private static async Task<JsonElement> UnfavoriteAsync(Session session, Guid courseId) =>
        (await session.Client.QueryAsync(
            $"mutation($input: UnfavoriteCourseInput!) {{ unfavoriteCourse(input: $input) {{ {Payload} }} }}",
            new { input = new { courseId = GlobalId.Encode("Course", courseId) } })).GetProperty("unfavoriteCourse");
}

[Collection(SqliteCollection.Name)]
public sealed class FavoriteTestsOnSqlite(SqliteApp app) : FavoriteTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class FavoriteTestsOnPostgreSql(PostgreSqlApp app) : FavoriteTests(app);
