using GraphQL.Types;
using KnowledgePay.Domain.Catalog;

namespace KnowledgePay.GraphQL.Catalog;

internal sealed class LessonKindGraphType : EnumerationGraphType<LessonKind>
{
    public LessonKindGraphType()
    {
        Name = "LessonKind";
        Description = "How a lesson is delivered.";
    }
}
