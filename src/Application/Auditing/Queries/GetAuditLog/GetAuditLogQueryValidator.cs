using FluentValidation;
using KnowledgePay.Application.Common.Querying;

namespace KnowledgePay.Application.Auditing.Queries.GetAuditLog;

internal sealed class GetAuditLogQueryValidator : AbstractValidator<GetAuditLogQuery>
{
    public GetAuditLogQueryValidator() =>
        RuleFor(q => q.Context).SetValidator(new QueryContextValidator<AuditEntryDto>()).OverridePropertyName(string.Empty);
}
