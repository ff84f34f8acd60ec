using GraphQL.Types;

namespace KnowledgePay.GraphQL.Schema;

/// <summary>HotChocolate's <c>DateTime</c>: an ISO-8601 timestamp with its UTC offset (a <see cref="DateTimeOffset"/>).</summary>
public sealed class DateTimeGraphType : DateTimeOffsetGraphType
{
    public DateTimeGraphType()
    {
        Name = "DateTime";
        Description = "An ISO-8601 date and time with its offset from UTC, e.g. 2025-01-31T08:00:00+08:00.";
    }
}
