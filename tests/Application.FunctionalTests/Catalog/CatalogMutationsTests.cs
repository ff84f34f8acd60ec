using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Catalog.Commands.PublishCourse;
using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Conventions.Mutations;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.FunctionalTests.Catalog;

/// <summary>The mutation conventions over the real schema (no HTTP): payloads, typed error unions, top-level fallbacks.</summary>
public sealed class CatalogMutationsTests : IAsyncLifetime
{
    private const string Payload = "course { id status price title lessonCount } errors { __typename ... on Error { code message } ... on InvalidInputError { fields { field messages } } }";

    private readonly CatalogApp _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task CreatesADraftCourse()
    {
        _app.SignInAsCreator();

        var json = await CreateCourseAsync(price: 1900);

        Assert.Contains("\"status\":\"DRAFT\",\"price\":1900", json, StringComparison.Ordinal);
        Assert.Contains("\"errors\":null", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReturnsInvalidInputErrorWithCamelCaseFields()
    {
        _app.SignInAsCreator();

        var json = await CreateCourseAsync(price: -1);

        Assert.Contains("\"course\":null", json, StringComparison.Ordinal);
        Assert.Contains("\"__typename\":\"InvalidInputError\",\"code\":\"BAD_USER_INPUT\"", json, StringComparison.Ordinal);
        Assert.Contains("\"field\":\"price\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReturnsTheTypedDomainErrorItsUnionLists()
    {
        _app.SignInAsCreator();
        var courseId = await CreatedCourseIdAsync();

        var json = await _app.ExecuteAsync(
            $"mutation($id: ID!) {{ publishCourse(input: {{ courseId: $id }}) {{ {Payload} }} }}", new { id = courseId });

        Assert.Contains("\"__typename\":\"CourseHasNoLessonsError\",\"code\":\"COURSE_HAS_NO_LESSONS\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"errors\":[{\"message\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReturnsNotFoundErrorForAMissingCourse()
    {
        _app.SignInAsAdmin();

        var json = await _app.ExecuteAsync(
            $"mutation($id: ID!) {{ archiveCourse(input: {{ courseId: $id }}) {{ {Payload} }} }}",
            new { id = GlobalId.Encode("Course", Guid.NewGuid()) });

        Assert.Contains("\"__typename\":\"NotFoundError\",\"code\":\"NOT_FOUND\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForbiddenGoesToTheTopLevelAndChangesNothing()
    {
        _app.SignInAsCreator();
        var courseId = await CreatedCourseIdAsync();
        _app.SignInAsOtherCreator();

        var json = await _app.ExecuteAsync(
            $"mutation($id: ID!) {{ setCoursePrice(input: {{ courseId: $id, price: 1 }}) {{ {Payload} }} }}", new { id = courseId });

        Assert.Contains("\"code\":\"AUTH_NOT_AUTHORIZED\"", json, StringComparison.Ordinal);
        Assert.Equal(0L, await _app.WithDbAsync(db => db.Courses.Select(c => c.Price.AmountFen).SingleAsync()));
    }

    [Fact]
    public async Task ReturnsCreatorAlreadyExistsError()
    {
        _app.SignInAsAdmin();

        var json = await _app.ExecuteAsync(
            "mutation($u: ID) { createCreator(input: { userId: $u, name: \"Again\" }) { creator { id } errors { __typename } } }",
            new { u = GlobalId.Encode("User", _app.CreatorUserId) });

        Assert.Contains("\"creator\":null,\"errors\":[{\"__typename\":\"CreatorAlreadyExistsError\"}]", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADomainCodeMissingFromTheUnionFallsBackToTheTopLevel()
    {
        _app.SignInAsCreator();
        var courseId = await CreatedCourseIdAsync();

        var json = await _app.ExecuteAsync(
            new NarrowSchema(),
            "mutation($id: ID!) { publishWithoutTypedErrors(input: { courseId: $id }) { course { title } errors { __typename } } }",
            new { id = courseId });

        Assert.Contains("\"code\":\"COURSE_HAS_NO_LESSONS\"", json, StringComparison.Ordinal);
        Assert.Contains("\"data\":null", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusesAnIdOfTheWrongTypeBeforeRunning()
    {
        _app.SignInAsAdmin();

        var json = await _app.ExecuteAsync(
            $"mutation($id: ID!) {{ publishCourse(input: {{ courseId: $id }}) {{ {Payload} }} }}",
            new { id = GlobalId.Encode("Tag", Guid.NewGuid()) });

        Assert.DoesNotContain("\"data\"", json, StringComparison.Ordinal);
        Assert.Contains("not a Course id", json, StringComparison.Ordinal);
    }

    private Task<string> CreateCourseAsync(long price) => _app.ExecuteAsync(
        $"mutation($c: ID!, $p: Long!) {{ createCourse(input: {{ categoryId: $c, title: \"Prompting\", summary: \"Write prompts\", price: $p }}) {{ {Payload} }} }}",
        new { c = GlobalId.Encode("Category", _app.Category.Id), p = price });

    private async Task<string> CreatedCourseIdAsync()
    {
        var json = await CreateCourseAsync(price: 0);
        var start = json.IndexOf("\"id\":\"", StringComparison.Ordinal) + 6;
        return json[start..json.IndexOf('"', start)];
    }

    /// <summary>A schema whose publish mutation forgot CourseHasNoLessonsError in its union: the bug the fallback exposes.</summary>
    private sealed class NarrowSchema : global::GraphQL.Types.Schema
    {
        public NarrowSchema()
        {
            var query = new ObjectGraphType { Name = "Query" };
            query.Field<StringGraphType>("ping").Resolve(_ => "pong");
            var mutation = new ObjectGraphType { Name = "Mutation" };
            mutation.MutationField<PublishInputGraphType>("publishWithoutTypedErrors", ("course", typeof(TitleOnlyCourseGraphType), "The course."))
                .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<PublishCourseCommand>("input")));
            Query = query;
            Mutation = mutation;
        }
    }

    private sealed class PublishInputGraphType : InputObjectGraphType<PublishCourseCommand>
    {
        public PublishInputGraphType()
        {
            Name = "PublishInput";
            this.IdField("courseId", "Course");
        }
    }

    private sealed class TitleOnlyCourseGraphType : ObjectGraphType<CourseDto>
    {
        public TitleOnlyCourseGraphType()
        {
            Name = "Course";
            Field(c => c.Title);
        }
    }
}
