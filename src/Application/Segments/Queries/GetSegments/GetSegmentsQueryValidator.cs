using FluentValidation;
using KnowledgePay.Application.Common.Querying;

namespace KnowledgePay.Application.Segments.Queries.GetSegments;

internal sealed class GetSegmentsQueryValidator : AbstractValidator<GetSegmentsQuery>
{
    public GetSegmentsQueryValidator() =>
        RuleFor(q => q.Context).SetValidator(new QueryContextValidator<SegmentDto>()).OverridePropertyName(string.Empty);
}
