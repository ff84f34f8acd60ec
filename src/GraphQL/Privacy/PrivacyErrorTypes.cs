using KnowledgePay.GraphQL.Conventions.Mutations;
using static KnowledgePay.Domain.Privacy.PrivacyRequestErrors;

namespace KnowledgePay.GraphQL.Privacy;

internal sealed class NoPendingAccountDeletionErrorGraphType() : CodedErrorGraphType(
    "NoPendingAccountDeletionError", NoPendingAccountDeletion().Code, "There is no pending account deletion to cancel.");

internal sealed class LastAdminErrorGraphType() : CodedErrorGraphType(
    "LastAdminError", LastAdmin().Code, "The last admin account cannot be deleted; grant another admin first.");
internal sealed class PrivacyRequestAlreadyPendingErrorGraphType() : CodedErrorGraphType(
    "PrivacyRequestAlreadyPendingError", AlreadyPending(default).Code,
    "A request of this kind is already pending (see me.privacyRequests); another is taken once it is answered.");

internal sealed class DataExportNotFoundErrorGraphType() : CodedErrorGraphType(
    "DataExportNotFoundError", ExportNotFound().Code,
    "No ready data export of yours answers this request: unknown, someone else's, or still being built.");

internal sealed class DataExportAlreadyDownloadedErrorGraphType() : CodedErrorGraphType(
    "DataExportAlreadyDownloadedError", ExportAlreadyDownloaded().Code,
    "The data export was downloaded already; it can be downloaded once. Ask for a new one.");

internal sealed class DataExportExpiredErrorGraphType() : CodedErrorGraphType(
    "DataExportExpiredError", ExportExpired().Code, "The data export is past its retention. Ask for a new one.");
