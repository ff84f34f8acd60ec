using FluentValidation;
using KnowledgePay.Application.Common.Querying;

namespace KnowledgePay.Application.Segments.Queries.GetSegmentMembers;

internal sealed class GetSegmentMembersQueryValidator : AbstractValidator<GetSegmentMembersQuery>
{
    public GetSegmentMembersQueryValidator() =>
        RuleFor(q => q.Context).SetValidator(new QueryContextValidator<SegmentMemberDto>()).OverridePropertyName(string.Empty);
}
