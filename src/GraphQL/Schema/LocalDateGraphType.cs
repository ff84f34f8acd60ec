using GraphQL.Types;

namespace KnowledgePay.GraphQL.Schema;

/// <summary>A calendar date without a time or zone (<c>2026-12-02</c>), named <c>Date</c> as HotChocolate names it.</summary>
internal sealed class LocalDateGraphType : DateOnlyGraphType
{
    public LocalDateGraphType()
    {
        Name = "Date";
        Description = "A calendar date, ISO 8601 (yyyy-MM-dd), in the time zone its field names.";
    }
}
