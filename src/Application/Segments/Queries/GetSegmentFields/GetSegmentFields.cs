using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Segments.Rules;
using KnowledgePay.Domain.Identity;
using Mediator;

namespace KnowledgePay.Application.Segments.Queries.GetSegmentFields;

/// <summary>Admins: the fields a segment rule may test, with their operators and values, to write rules by hand.</summary>
[RequiresRole(Role.Admin)]
public sealed record GetSegmentFieldsQuery : IQuery<IReadOnlyList<SegmentFieldDefinition>>;

internal sealed class GetSegmentFieldsQueryHandler : IQueryHandler<GetSegmentFieldsQuery, IReadOnlyList<SegmentFieldDefinition>>
{
    public ValueTask<IReadOnlyList<SegmentFieldDefinition>> Handle(GetSegmentFieldsQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(SegmentFields.All);
}
