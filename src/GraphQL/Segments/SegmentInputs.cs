using GraphQL.Types;
using KnowledgePay.Application.Segments.Commands.CreateSegment;
using KnowledgePay.Application.Segments.Commands.DeleteSegment;
using KnowledgePay.Application.Segments.Commands.RefreshSegment;
using KnowledgePay.Application.Segments.Commands.UpdateSegment;
using KnowledgePay.Domain.Segments;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Segments;

internal sealed class CreateSegmentInputGraphType : InputObjectGraphType<CreateSegmentCommand>
{
    public CreateSegmentInputGraphType()
    {
        Name = "CreateSegmentInput";
        Field(c => c.Name).Description($"1 to {SegmentLimits.NameMaxLength} characters, unique, e.g. 放弃结算.");
        Field(c => c.Description, nullable: true);
        Field<NonNullGraphType<SegmentRuleInputGraphType>>("rule").Description("Who belongs to it.");
    }
}

internal sealed class UpdateSegmentInputGraphType : InputObjectGraphType<UpdateSegmentCommand>
{
    public UpdateSegmentInputGraphType()
    {
        Name = "UpdateSegmentInput";
        Description = "Replaces the name, description and rule; the members are materialised again.";
        this.IdField("segmentId", SegmentGraphType.TypeName);
        Field(c => c.Name);
        Field(c => c.Description, nullable: true);
        Field<NonNullGraphType<SegmentRuleInputGraphType>>("rule");
    }
}

internal sealed class DeleteSegmentInputGraphType : InputObjectGraphType<DeleteSegmentCommand>
{
    public DeleteSegmentInputGraphType()
    {
        Name = "DeleteSegmentInput";
        this.IdField("segmentId", SegmentGraphType.TypeName);
    }
}

internal sealed class RefreshSegmentInputGraphType : InputObjectGraphType<RefreshSegmentCommand>
{
    public RefreshSegmentInputGraphType()
    {
        Name = "RefreshSegmentInput";
        this.IdField("segmentId", SegmentGraphType.TypeName);
    }
}
