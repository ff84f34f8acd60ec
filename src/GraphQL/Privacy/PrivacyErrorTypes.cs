using KnowledgePay.GraphQL.Conventions.Mutations;
using static KnowledgePay.Domain.Privacy.PrivacyRequestErrors;

namespace KnowledgePay.GraphQL.Privacy;

internal sealed class NoPendingAccountDeletionErrorGraphType() : CodedErrorGraphType(
    "NoPendingAccountDeletionError", NoPendingAccountDeletion().Code, "There is no pending account deletion to cancel.");

internal sealed class LastAdminErrorGraphType() : CodedErrorGraphType(
    "LastAdminError", LastAdmin().Code, "The last admin account cannot be deleted; grant another admin first.");
