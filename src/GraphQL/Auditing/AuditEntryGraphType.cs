using GraphQL.Types;
using KnowledgePay.Application.Auditing.Queries;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Auditing;

internal sealed class AuditEntryGraphType : ObjectGraphType<AuditEntryDto>
{
    public AuditEntryGraphType()
    {
        Name = "AuditEntry";
        Description = "One recorded change: who did what to which object, and when.";
        this.GlobalIdField(Name, e => e.Id);
        Field<IdGraphType>("userId")
            .Description("The global id of the user who made the change; null for system work.")
            .Resolve(ctx => ctx.Source.UserId is { } id ? GlobalId.Encode(CreateCreatorInputGraphType.UserTypeName, id) : null);
        Field(e => e.EntityType).Description("What kind of object changed, e.g. Course.");
        Field<NonNullGraphType<IdGraphType>>("entityId")
            .Description("The global id of the object that changed (usable with node(id)).")
            .Resolve(ctx => GlobalId.Encode(ctx.Source.EntityType, ctx.Source.EntityId));
        Field(e => e.Action).Description("What happened, e.g. CourseCreated, CoursePriceChanged, CoursePublished.");
        Field(e => e.Changes).Description("The values the change set, as a JSON object.");
        Field(e => e.OccurredAt).Description("When it happened.");
    }
}
