using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Offers;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Offers;

namespace KnowledgePay.GraphQL.Schema;

public sealed class KnowledgePaySchema : global::GraphQL.Types.Schema
{
    public KnowledgePaySchema(IServiceProvider services, RootQuery query, RootMutation mutation)
        : base(services)
    {
        Query = query;
        Mutation = mutation;

        // Fields and filter inputs name these by CLR type; the mappings give them one described graph type each.
        RegisterTypeMapping(typeof(DateTimeOffset), typeof(DateTimeGraphType));
        RegisterTypeMapping(typeof(DateOnly), typeof(LocalDateGraphType));
        RegisterTypeMapping(typeof(LessonKind), typeof(LessonKindGraphType));
        RegisterTypeMapping(typeof(CourseStatus), typeof(CourseStatusGraphType));
        RegisterTypeMapping(typeof(OfferKind), typeof(OfferKindGraphType));
    }
}
