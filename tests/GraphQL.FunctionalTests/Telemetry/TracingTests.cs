using System.Diagnostics;
using KnowledgePay.Application.Common.Telemetry;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using KnowledgePay.GraphQL.Http;
using KnowledgePay.GraphQL.Telemetry;

namespace KnowledgePay.GraphQL.FunctionalTests.Telemetry;

/// <summary>The spans of one GraphQL request, picked by the trace id the test sends in <c>traceparent</c>.</summary>
public abstract class TracingTests(KnowledgePayApp app) : FunctionalTest(app)
{
    private const string EntityFrameworkCoreSource = "OpenTelemetry.Instrumentation.EntityFrameworkCore";

    [Fact]
    public async Task TracesAnOperationAsTheParentOfItsHandlersAndTheirSql()
    {
        await AddCoursesAsync(c => c.Published(), c => c.Published());
        var traceId = ActivityTraceId.CreateRandom();

        var response = await Client.SendTracedAsync(traceId, "query CoursePage($first: Int) { courses(first: $first) { nodes { id title } } }", new { first = 2 });

        Assert.Empty(response.Errors);
        var spans = App.Spans.InTrace(traceId);
        var operation = Assert.Single(spans, span => span.Source.Name == OperationTracing.SourceName);
        Assert.Equal("query CoursePage", operation.DisplayName);
        Assert.Equal("query", operation.GetTagItem("graphql.operation.type"));
        Assert.Equal("CoursePage", operation.GetTagItem("graphql.operation.name"));
        Assert.True(operation.GetTagItem("graphql.operation.cost") is double cost && cost > 0);
        Assert.Equal(0, operation.GetTagItem("graphql.error.count"));

        var handlers = spans.Where(span => span.Source.Name == ApplicationTelemetry.Name).ToList();
        Assert.NotEmpty(handlers);
        Assert.All(handlers, handler => Assert.Equal(operation.SpanId, handler.ParentSpanId));
        Assert.Contains(handlers, handler => handler.DisplayName.EndsWith("Query", StringComparison.Ordinal));

        var statements = spans.Where(span => span.Source.Name == EntityFrameworkCoreSource).ToList();
        Assert.NotEmpty(statements);
        Assert.All(statements, statement => Assert.Contains(operation.SpanId, SpanCapture.Ancestors(statement, spans)));
    }

    [Fact]
    public async Task MarksARefusedOperationAndCountsItsErrors()
    {
        var traceId = ActivityTraceId.CreateRandom();

        var response = await Client.SendTracedAsync(traceId, "query Broken { courses { nodes { noSuchField } } }", null);

        Assert.NotEmpty(response.Errors);
        var operation = Assert.Single(App.Spans.InTrace(traceId), span => span.Source.Name == OperationTracing.SourceName);
        Assert.Equal(response.Errors.Count, operation.GetTagItem("graphql.error.count"));
        Assert.Equal(ActivityStatusCode.Error, operation.Status);
    }

    [Fact]
    public async Task TellsWhetherTheDocumentCameFromTheCache()
    {
        // A document no other test sends, so the first request really is its first.
        var query = $"query Page{Guid.NewGuid():N} {{ courses(first: 1) {{ nodes {{ id }} }} }}";
        var (first, second) = (ActivityTraceId.CreateRandom(), ActivityTraceId.CreateRandom());

        await Client.SendTracedAsync(first, query, null);
        await Client.SendTracedAsync(second, query, null);

        Assert.Equal(false, OperationSpan(first).GetTagItem(ValidatedDocumentCache.CachedTag));
        Assert.Equal(true, OperationSpan(second).GetTagItem(ValidatedDocumentCache.CachedTag));
    }

    private Activity OperationSpan(ActivityTraceId traceId) =>
        Assert.Single(App.Spans.InTrace(traceId), span => span.Source.Name == OperationTracing.SourceName);
}

[Collection(SqliteCollection.Name)]
public sealed class TracingTestsOnSqlite(SqliteApp app) : TracingTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class TracingTestsOnPostgreSql(PostgreSqlApp app) : TracingTests(app);
