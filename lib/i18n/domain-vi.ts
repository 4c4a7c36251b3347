/**
 * What the domain says to a user, by key (lib/i18n/message.ts): field labels, validation and domain errors.
 * Spread into the catalogue (vi.ts); `domain-en.ts` must have the same keys (checked by its type and by
 * lib/i18n/catalogue.test.ts). ICU syntax: `{field}`, `{max, plural, other {# ký tự}}`.
 * Each domain keeps its own block below; add keys inside your domain's block.
 */
export const domainVi = {
  /** Form labels, used as the `field` parameter of validation messages. */
  fields: {
    report: 'Báo cáo',
    reportAsOf: 'Ngày tính số liệu',
    from: 'Từ ngày',
    to: 'Đến ngày',
    committee: 'Ban Chỉ đạo',
    value: 'Giá trị',
    id: 'Mã',
    date: 'Ngày',
    yourAgency: 'Cơ quan của bạn',
    // -- sessions, points, attendees
    pastedText: 'Văn bản',
    session: 'Phiên họp',
    sessionCommittee: 'Ban Chỉ đạo',
    sessionTitle: 'Tên phiên họp',
    sessionDate: 'Ngày họp',
    sessionFormat: 'Hình thức',
    sessionStatus: 'Trạng thái',
    sessionChair: 'Người chủ trì',
    sessionLocation: 'Địa điểm',
    sessionSummary: 'Nội dung',
    agendaTitle: 'Nội dung',
    agendaPresenter: 'Người trình bày',
    figureLabel: 'Chỉ tiêu',
    figureUnit: 'Đơn vị tính',
    figureAgency: 'Cơ quan',
    figureNote: 'Ghi chú',
    point: 'Điểm cầu',
    pointName: 'Tên điểm cầu',
    pointHost: 'Cơ quan chủ trì điểm cầu',
    attendeePerson: 'Người',
    attendeeName: 'Họ và tên',
    attendeePosition: 'Chức vụ',
    attendeeAgency: 'Tên cơ quan',
    attendeeSubstitute: 'Tên người dự thay',
    // -- minutes and documents
    documentNumber: 'Số văn bản',
    documentIssuingBody: 'Cơ quan ban hành',
    documentPlace: 'Địa danh',
    documentIssueDate: 'Ngày ban hành',
    documentSubject: 'Trích yếu',
    documentSignerName: 'Người ký',
    documentSignerTitle: 'Chức vụ người ký',
    documentAuthority: 'Thẩm quyền ký',
    documentConclusion: 'Kết luận',
    documentCorrectionReason: 'Lý do đính chính',
    // -- directives and assignment
    directiveText: 'Nội dung chỉ đạo',
    parentItem: 'Mục cha',
    issuedBy: 'Người chỉ đạo',
    sourceDocument: 'Văn bản dẫn chiếu',
    deadline: 'Thời hạn',
    agency: 'Cơ quan',
    leadAgency: 'Cơ quan chủ trì',
    monitorAgency: 'Cơ quan theo dõi',
    noticeNumber: 'Số văn bản',
    noticeSymbol: 'Ký hiệu',
    noticePlace: 'Địa danh',
    noticeProvince: 'Tỉnh ban hành',
    noticeIssueDate: 'Ngày ban hành',
    noticeAuthority: 'Thẩm quyền ký',
    noticeSignerTitle: 'Chức vụ người ký',
    noticeSignerName: 'Người ký',
    /** The reports' two rows beside the reform areas. */
    areaCrossCutting: 'Nhiều lĩnh vực',
    areaUnclassified: 'Chưa phân loại',
    // -- tasks and progress
    task: 'Nhiệm vụ',
    result: 'Kết quả',
    note: 'Ghi chú',
    completedOn: 'Ngày hoàn thành',
    completionDocument: 'Văn bản/kết quả hoàn thành',
    reason: 'Lý do',
    comment: 'Ý kiến',
    reportPeriod: 'Kỳ báo cáo',
    periodReport: 'Nội dung báo cáo',
    requestedDueDate: 'Thời hạn đề nghị',
    extensionRequest: 'Đề nghị gia hạn',
    grantedDueDate: 'Thời hạn chấp thuận',
    urgeNote: 'Nội dung đôn đốc',
    newDueDate: 'Thời hạn mới',
    cancelReason: 'Lý do hủy',
    /** A reporting period's name (lib/tasks/periods.ts): the month and year are given as written ("03", "2024"). */
    periodMonth: 'Tháng {month}/{year}',
    /** `quarter` is the Roman numeral (I to IV). */
    periodQuarter: 'Quý {quarter}/{year}',
    periodYear: 'Năm {year}',
    /** Column headings of the report workbook (lib/reports/export.ts). */
    rowNumber: 'STT',
    count: 'Số lượng',
    // -- users, accounts, agencies
    notification: 'Thông báo',
    user: 'Người dùng',
    email: 'Email',
    password: 'Mật khẩu',
    tokenName: 'Tên khóa',
    apiToken: 'Khóa API',
    // agencies
    endedAgency: 'Cơ quan',
    agencyCode: 'Mã cơ quan',
    agencyName: 'Tên cơ quan',
    agencyShortName: 'Tên viết tắt',
    agencyKind: 'Loại cơ quan',
    agencyParent: 'Cơ quan cấp trên',
    agencyValidFrom: 'Ngày bắt đầu hoạt động',
    agencyValidTo: 'Ngày cuối cùng hoạt động',
    agencySuccessor: 'Cơ quan kế thừa',
    // people (issue 18)
    userName: 'Họ và tên',
    userPosition: 'Chức vụ',
    userPhone: 'Số điện thoại',
    userRole: 'Vai trò',
    userAgency: 'Cơ quan',
    agencyDuty: 'Nhiệm vụ tại cơ quan',
    // committees (issue 18)
    committeeCode: 'Mã Ban Chỉ đạo',
    committeeName: 'Tên Ban Chỉ đạo',
    committeeLevel: 'Cấp',
    committeeStandingAgency: 'Cơ quan thường trực',
    committeeEstablishedBy: 'Quyết định thành lập',
    committeeValidFrom: 'Ngày bắt đầu',
    committeeValidTo: 'Ngày kết thúc',
    member: 'Thành viên',
    memberAgency: 'Cơ quan',
    memberPerson: 'Người',
    memberPersonName: 'Họ và tên',
    memberPersonTitle: 'Chức vụ',
    memberPosition: 'Vị trí trong Ban',
    importPerson: 'Người trong danh bạ',
  },
  validation: {
    reports: {
      asOfFuture: 'Ngày tính số liệu không được sau hôm nay.',
      scopeNeeded: 'Vui lòng chọn ít nhất một phiên họp, một Ban Chỉ đạo hoặc một cơ quan.',
      periodOrder: 'Ngày kết thúc phải sau ngày bắt đầu.',
      oneCommittee: 'Các phiên họp của một báo cáo phải thuộc cùng một Ban Chỉ đạo.',
      noTasks: 'Phạm vi này chưa có nhiệm vụ nào được giao tính đến ngày đã chọn.',
    },
    form: 'Dữ liệu chưa hợp lệ, vui lòng kiểm tra các ô được đánh dấu.',
    badPost: 'Dữ liệu gửi lên không hợp lệ.',
    hiddenField:
      'Một phần dữ liệu của trang không hợp lệ (trang đã cũ hoặc đã bị sửa). Vui lòng tải lại trang rồi thử lại.',
    required: 'Vui lòng nhập {field}.',
    choose: 'Vui lòng chọn {field}.',
    tooLong: '{field} tối đa {max} ký tự.',
    foreignLetters:
      '{field} chỉ dùng chữ cái tiếng Việt: có chữ của bảng chữ cái khác, trông giống hệt mà là tên khác.',
    personName: '{field} chỉ gồm chữ cái, chữ số, khoảng trắng và các dấu . , ; ’ ( ) -.',
    invalid: '{field} không hợp lệ.',
    dateFormat: '{field} phải có dạng ngày/tháng/năm, ví dụ 02/02/2024.',
    dateMissing: '{field} không tồn tại.',
    dateYears: '{field} phải trong khoảng năm {from} đến năm {to}.',
    /** Rules without a message of their own, by zod issue code. */
    backlog: {
      chooseFile: 'Chọn tệp Excel hoặc CSV để nhập.',
    },
    generic: {
      invalid_type: 'Giá trị không hợp lệ.',
      too_small: 'Giá trị quá nhỏ hoặc quá ngắn (tối thiểu {minimum}).',
      too_big: 'Giá trị quá lớn hoặc quá dài (tối đa {maximum}).',
      invalid_format: 'Định dạng không hợp lệ.',
      not_multiple_of: 'Giá trị không hợp lệ.',
      unrecognized_keys: 'Có trường không được chấp nhận.',
      invalid_union: 'Giá trị không hợp lệ.',
      invalid_key: 'Giá trị không hợp lệ.',
      invalid_element: 'Giá trị không hợp lệ.',
      invalid_value: 'Giá trị không nằm trong các lựa chọn cho phép.',
      custom: 'Giá trị không hợp lệ.',
    },
    // -- sessions, points, attendees
    sessions: {
      figureValue: 'Giá trị phải là số (tối đa {decimals} chữ số thập phân).',
      numberNotNumber: 'Số phiên họp phải là số.',
      numberNotInteger: 'Số phiên họp phải là số nguyên.',
      numberTooSmall: 'Số phiên họp phải từ {min} trở lên.',
      numberTooBig: 'Số phiên họp quá lớn.',
      time: 'Giờ họp phải có dạng giờ:phút (24 giờ), ví dụ 08:30.',
      agendaTooLong: 'Tối đa {max} mục chương trình.',
      figuresTooMany: 'Tối đa {max} số liệu.',
      attendee: {
        nameMissing: 'Thiếu họ và tên',
        nameTooShort: 'Họ và tên phải có ít nhất {min} ký tự',
        nameDigits: 'Họ và tên không được chứa chữ số',
        tooLong: '{field} không được quá {max} ký tự',
        role: 'Vai trò không hợp lệ (chấp nhận: {accepted})',
        presence: 'Tham dự không hợp lệ (chấp nhận: {accepted})',
        substituteMissing: 'Thiếu tên người dự thay',
        pointMissing: 'Chưa chọn điểm cầu',
        noneToSave: 'Chưa có đại biểu nào để lưu.',
      },
    },
    // -- minutes and documents
    minutes: {
      symbol: 'Ký hiệu chỉ gồm chữ in hoa, số và dấu gạch nối, ví dụ TB-VPCP.',
      recipientTooLong: 'Mỗi nơi nhận tối đa {max} ký tự.',
      textTooLong: 'Nội dung quá dài.',
      assignmentTooLong: 'Câu giao nhiệm vụ quá dài.',
    },
    // -- directives and assignment
    directives: {
      pasteOrFile: 'Hãy dán nội dung thông báo hoặc chọn tệp.',
      nothingToSave: 'Không có nội dung nào để lưu.',
      repeatedItem: 'Mục {item} được gửi hai lần: mỗi mục chỉ có một số thứ tự.',
    },
    // -- tasks and progress
    tasks: {
      chooseTasks: 'Chọn ít nhất một nhiệm vụ.',
      chooseStatus: 'Chọn trạng thái.',
      progressNumber: 'Tiến độ là số từ 0 đến 100.',
      progressRange: 'Tiến độ từ 0 đến 100.',
      completedOnRequired: 'Nhập ngày hoàn thành.',
      chooseDecision: 'Chọn xác nhận hoặc trả lại.',
      returnReason: 'Nêu lý do trả lại.',
    },
    // -- users, accounts, agencies
    accounts: {
      codeFormat: 'Mã xác thực gồm 6 chữ số.',
      currentPassword: 'Nhập mật khẩu hiện tại.',
      passwordTooLong: 'Mật khẩu tối đa 200 ký tự.',
      passwordMismatch: 'Mật khẩu nhập lại không khớp.',
      tokenLifetime: 'Chọn thời hạn của khóa.',
    },
    // -- committees (issue 18)
    committees: {
      codeFormat: 'Mã chỉ gồm chữ không dấu, chữ số và các dấu - _ .',
      endBeforeStart: 'Ngày kết thúc không được trước ngày bắt đầu.',
      someone: 'Chọn cơ quan, chọn người hoặc nhập họ tên người mới.',
      personOrName: 'Chọn một người có sẵn hoặc nhập họ tên người mới, không cả hai.',
    },
  },
  errors: {
    reports: {
      notFound: 'Không tìm thấy báo cáo hoặc bạn không có quyền xem.',
      figuresChangedSinceApproval:
        'Số liệu của báo cáo đã thay đổi sau khi được phê duyệt (nhiệm vụ được giao, hoàn thành, gia hạn hoặc hủy). Hãy chuyển về dự thảo và trình duyệt lại trước khi ban hành.',
    },
    notFound: 'Không tìm thấy trang hoặc bạn không có quyền xem.',
    forbidden: 'Bạn không có quyền thực hiện thao tác này.',
    notFoundRecord: 'Không tìm thấy bản ghi hoặc bạn không có quyền xem.',
    fileNotFound: 'Không tìm thấy tệp.',
    sessionExpired: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
    unexpected: 'Đã xảy ra lỗi, thao tác chưa được thực hiện. Vui lòng thử lại.',
    agencyEnded:
      '{agency} đã chấm dứt hoạt động từ sau ngày {date}: tài khoản chỉ được xem, không được thay đổi dữ liệu. Đề nghị quản trị viên chuyển tài khoản sang cơ quan kế thừa.',
    stale:
      'Bản ghi đã được người khác cập nhật sau khi bạn mở. Nội dung bạn nhập vẫn được giữ nguyên: hãy tải lại để xem thay đổi mới rồi lưu lại.',
    backlog: {
      // backlog import (lib/directives/backlog-import.ts)
      unreadable: 'Không đọc được tệp. Hãy chọn tệp Excel (.xlsx) hoặc CSV.',
      csvEncoding:
        'Không đọc được chữ tiếng Việt trong tệp CSV (bảng mã lạ). Trong Excel, hãy lưu lại với kiểu "CSV UTF-8".',
      noHeader: 'Không tìm thấy dòng tiêu đề cột (ví dụ "Nội dung chỉ đạo", "Cơ quan chủ trì", "Thời hạn").',
      noHeaderInSheets:
        'Không tìm thấy dòng tiêu đề cột (ví dụ "Nội dung chỉ đạo", "Cơ quan chủ trì", "Thời hạn") ở trang nào của tệp (đã xem: {sheets}).',
      noRows: 'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.',
      tooManyRows: 'Tệp có {count, number} dòng; mỗi lần nhập tối đa {max, number} dòng.',
      missingColumns: 'Còn {count} cột bắt buộc chưa được chọn (nội dung chỉ đạo, cơ quan chủ trì).',
      hasProblems: 'Còn {count} dòng có vấn đề (đầu tiên: dòng {line}). Hãy sửa trước khi nhập; chưa có gì được lưu.',
      noText: 'Thiếu nội dung chỉ đạo.',
      noSource: 'Thiếu số/ký hiệu văn bản (hoặc nhập văn bản nguồn chung cho cả tệp).',
      badDocumentDate: 'Không đọc được ngày văn bản "{value}".',
      documentDateFuture: 'Ngày văn bản {date} ở tương lai.',
      foreignLetters:
        'Tên cơ quan "{name}" có chữ của bảng chữ cái khác (trông giống hệt chữ tiếng Việt): sửa lại trong tệp, không tạo cơ quan này.',
      unknownAgency: 'Chưa có cơ quan "{name}" trong danh mục: chọn cơ quan tương ứng hoặc tạo mới.',
      textTooLong: 'Nội dung dài {count} ký tự, quá {max} ký tự: hãy rút gọn trong tệp.',
      reportTooLong: 'Kết quả/báo cáo dài {count} ký tự, quá {max} ký tự: hãy rút gọn trong tệp.',
      ambiguousAgency: '"{name}" ứng với nhiều cơ quan đang hoạt động ({names}): hãy chọn cơ quan.',
      agencyNotThen: '{name} không hoạt động vào ngày {date}.',
      tooManyAgencyNames: 'Ô cơ quan có {count} tên; một ô nhận tối đa {max} cơ quan.',
      tooManyAgencyNamesInFile: 'Tệp nêu hơn {max} tên cơ quan khác nhau; hãy chia tệp thành nhiều phần.',
      noLead: 'Thiếu cơ quan chủ trì.',
      noDeadline: 'Thiếu thời hạn: nhập ngày, "Quý III/2025" hoặc "Thường xuyên".',
      badDeadline: 'Không đọc được thời hạn "{value}".',
      badStatus: 'Không đọc được tình trạng "{value}" (Đã hoàn thành, Đang thực hiện, Chưa thực hiện, Quá hạn).',
      badCompletedOn: 'Không đọc được ngày hoàn thành "{value}".',
      completedOnMissing: 'Đã hoàn thành nhưng thiếu ngày hoàn thành.',
      completedInFuture: 'Ngày hoàn thành {date} ở tương lai.',
      completedBeforeDocument: 'Ngày hoàn thành {date} trước ngày văn bản {document}.',
    },
    sessions: {
      fileTooLarge: 'Tệp quá lớn (tối đa 5 MB).',
      nothingToImport: 'Hãy dán danh sách hoặc chọn tệp.',
      // sessions
      numberTaken: 'Phiên họp số {number} đã có trong Ban Chỉ đạo này.',
      publishThroughNotice:
        'Phiên họp chỉ chuyển sang "Đã ban hành thông báo" khi thông báo kết luận đã được duyệt và ban hành (trang Biên bản, thông báo).',
      noticeIsPublished:
        'Thông báo kết luận của phiên họp đã ban hành; không thể đổi trạng thái phiên họp từ biểu mẫu này.',
      numberUsed: 'Số {number} đã được dùng cho một phiên họp khác.',
      pointNotFound: 'Không tìm thấy điểm cầu.',
      pointTaken: 'Điểm cầu "{name}" đã có trong phiên họp.',
      pointNameUsed: 'Tên điểm cầu đã được dùng.',
      rowsInvalid: '{count} dòng có lỗi; chưa lưu đại biểu nào.',
      dataInvalid: 'Dữ liệu không hợp lệ.',
      pointNotInSession: 'Điểm cầu không thuộc phiên họp này',
      attendeeListed: '{name} đã có trong danh sách dự họp (điểm cầu {point}).',
      attendeeRepeated: '{name} đã có ở dòng {row}.',
      personGone: 'Có đại biểu không còn trong danh mục, hãy chọn lại.',
      attendeeNotFound: 'Không tìm thấy đại biểu.',
      /** Problems of an attendance list's rows, shown in the preview grid. */
      import: {
        role: 'Vai trò không hợp lệ: “{value}” (chấp nhận: {accepted})',
        roleIsPresence: 'Vai trò không hợp lệ: “{value}” (chấp nhận: {accepted}); đây là giá trị của cột Tham dự',
        presence: 'Tham dự không hợp lệ: “{value}” (chấp nhận: {accepted})',
        pasteTooLong: 'Nội dung dán có quá {max, number} dòng',
        tooManyColumns:
          'Bảng dán có quá {max, number} cột; danh sách đại biểu chỉ cần các cột Họ và tên, Chức vụ, Cơ quan, Vai trò, Tham dự',
        fileTooLong: 'Tệp có quá {max, number} dòng',
        column: 'Không nhận ra cột {column}: hãy dán kèm dòng tiêu đề ({expected}) hoặc chọn lại ở đây',
        columnWithText:
          'Không nhận ra cột {column} (“{text}”): hãy dán kèm dòng tiêu đề ({expected}) hoặc chọn lại ở đây',
        presenceColumn: 'Chưa rõ Tham dự: không nhận ra cột Tham dự, hãy chọn',
        nameColumn: 'Thiếu cột Họ và tên',
        nameColumnInSheets: 'Thiếu cột Họ và tên: không trang nào của tệp có dòng tiêu đề đó (đã xem: {sheets})',
        skippedHeader: 'Bỏ qua dòng {line}: dòng này lặp lại dòng tiêu đề',
        skippedSection: 'Bỏ qua dòng {line}: tiêu đề nhóm “{text}”, không phải một người',
        unusedColumns: 'Dòng {line}: không lấy các cột {columns} (không có trong danh sách tham dự)',
        skippedNobody: 'Bỏ qua dòng {line}: “{text}” không nêu tên một người',
        skippedGroup: 'Dòng {line}: bỏ “{text}” khỏi chức vụ của {name} (không nêu tên người)',
        skippedVacant: 'Bỏ qua dòng {line}: “{text}” là chỗ chưa có người, không phải một người',
        csvEncoding: 'Không đọc được chữ tiếng Việt trong tệp CSV (bảng mã lạ); hãy lưu lại dạng “CSV UTF-8”',
        xlsxUnreadable: 'Không đọc được tệp Excel (.xlsx)',
        pointMissing: 'Thiếu tên điểm cầu',
        pointAmbiguous: 'Tên điểm cầu “{name}” trùng với nhiều điểm cầu; hãy chọn',
        pointUnknown: 'Không có điểm cầu “{name}” trong phiên họp; hãy chọn hoặc thêm điểm cầu trước',
        pointOther: 'Dòng của điểm cầu “{name}”, không phải điểm cầu này; hãy nhập ở trang của phiên họp',
        pointColumn: 'Thiếu cột Điểm cầu',
      },
    },
    minutes: {
      // minutes
      sessionNotFound: 'Không tìm thấy phiên họp.',
      reasonNeeded: 'Văn bản đã ban hành: nêu lý do đính chính để lưu bản sửa.',
      reasonField: 'Nhập lý do đính chính.',
      approvalNeeded: 'Văn bản cần được lãnh đạo hoặc một cán bộ khác của Văn phòng phê duyệt trước khi ban hành.',
      ownApproval:
        'Người soạn hoặc trình văn bản không tự phê duyệt được: đề nghị lãnh đạo hoặc một cán bộ khác phê duyệt.',
      saveFirst: 'Hãy lưu văn bản trước.',
      reviewFirst: 'Văn bản phải qua bước xem xét (trình duyệt) trước khi ban hành.',
      badTransition: 'Không chuyển được trạng thái này.',
      publishIncomplete: 'Cần số văn bản, ngày ban hành và người ký trước khi ban hành.',
      approveNotInReview: 'Chỉ phê duyệt được văn bản đang trình duyệt.',
      changedSinceApproval:
        'Văn bản đã thay đổi sau khi được phê duyệt (kết luận, phân công, thời hạn hoặc thành phần dự họp). Hãy chuyển về dự thảo và trình duyệt lại trước khi ban hành.',
      alreadyApproved: 'Văn bản đã được phê duyệt.',
    },
    directives: {
      continueEarlierOnly: 'Chỉ tiếp nối được chỉ đạo của phiên họp trước phiên này.',
      alreadyContinued: 'Chỉ đạo này đã được tiếp nối tại phiên họp này.',
      // directives
      notFound: 'Không tìm thấy nội dung chỉ đạo.',
      sessionNotFound: 'Không tìm thấy phiên họp.',
      parentNotInSession: 'Mục cha không thuộc phiên họp này.',
      chooseParentAgain: 'Chọn lại mục cha.',
      twoLevelsOnly: 'Chỉ chia hai cấp (2, 2a).',
      noGrandchildren: 'Mục con không có mục con.',
      deleteChildrenFirst: 'Hãy xóa các mục con trước.',
      hasTasks: 'Nội dung đã giao nhiệm vụ, không xóa được.',
      carriesTasks: 'Nội dung nhận các nhiệm vụ chuyển tiếp từ phiên họp trước, không xóa được.',
      continued: 'Nội dung đã được tiếp nối ở một phiên họp sau, không xóa được.',
      assignedNotAssessment: 'Nội dung đã giao nhiệm vụ, không đánh dấu là nội dung đánh giá được.',
      /**
       * A pasted proposal refused, by its number; `message` is the key of the reason (without parameters).
       * The reasons below start in lower case as they follow "Mục 2:" (alone, the sentence gets its capital).
       */
      inItem: 'Mục {item}: {message}',
      inItemParentMissing: 'Mục {item}: không tìm thấy mục cha {parent}.',
      inItemEndedAgencies: 'Mục {item}: không giao việc mới cho cơ quan đã chấm dứt hoạt động: {names}.',
      reviewAlreadySaved:
        'Bản xem xét này đã được lưu vào phiên họp; không lưu lần thứ hai. Muốn thêm mục, hãy đọc lại thông báo.',
      alreadySaved: 'Các mục này đã được lưu vào phiên họp (mục {ordinal}: “{text}”); không lưu lần thứ hai.',
      parentMissing: 'không tìm thấy mục cha {parent}.',
      groupEmptyOnSessionDay: 'nhóm cơ quan không có cơ quan nào vào ngày họp.',
      needsDeadline: 'chọn thời hạn cho nhiệm vụ.',
      groupProvinceUnknown:
        'không rõ các sở, ban, ngành hay các xã, phường là của tỉnh nào (Ban Chỉ đạo không thuộc một tỉnh, văn bản không ghi tỉnh ban hành): hãy bỏ nhóm và chọn từng cơ quan chủ trì.',
      chooseDeadline: 'Chọn thời hạn.',
      /** A notice file that cannot be read; nothing is saved. */
      file: {
        empty: 'Tệp trống.',
        tooBig: 'Tệp lớn hơn {mb} MB.',
        image: 'Đây là tệp ảnh; hãy chọn tệp DOCX hoặc PDF của thông báo (bản quét thì lưu thành PDF).',
        unsupported: 'Chỉ đọc được tệp DOCX hoặc PDF.',
        otherWordFormat:
          'Đây là tệp Word dạng cũ (.doc), RTF hoặc OpenDocument (.odt): hãy mở tệp, lưu thành DOCX (hoặc in ra PDF) rồi chọn lại.',
        damagedPdf: 'Tệp PDF bị hỏng hoặc không đầy đủ.',
        damagedDocx: 'Tệp DOCX bị hỏng (không phải tệp Word hợp lệ).',
        encrypted: 'Tệp PDF có mật khẩu hoặc được mã hóa; hãy gỡ mật khẩu rồi chọn lại.',
        macro: 'Tệp Word có macro; hãy lưu lại thành DOCX thường (không macro) rồi chọn lại.',
        tooLong: 'Văn bản trong tệp dài quá {max, number} ký tự; một thông báo kết luận thường chỉ vài trang.',
        tooComplex:
          'Tệp Word có quá nhiều nội dung (hơn {max, number} phần tử); thông báo kết luận thường chỉ vài trang.',
        pdfTooComplex:
          'Không đọc xong tệp PDF trong giới hạn thời gian và bộ nhớ (tệp quá lớn hoặc quá phức tạp); hãy dán nội dung thông báo.',
        tooManyPages: 'Tệp có hơn {max} trang; thông báo kết luận thường chỉ vài trang.',
        noText: 'Không đọc được chữ nào trong tệp.',
        ocrMissing:
          'Tệp PDF là bản quét (không có lớp chữ) và máy chủ chưa cài Tesseract để nhận dạng chữ; hãy dán nội dung thông báo.',
        ocrLanguageMissing:
          'Tệp PDF là bản quét và máy chủ chưa cài dữ liệu tiếng Việt của Tesseract (tesseract-ocr-vie); hãy dán nội dung thông báo.',
        ocrTooSlow:
          'Bản quét cần quá nhiều thời gian để nhận dạng chữ (quá {seconds} giây); hãy dán nội dung thông báo.',
        ocrFailed: 'Không nhận dạng được chữ trong bản quét; hãy dán nội dung thông báo.',
        ocrOutOfMemory:
          'Bản quét cần nhiều bộ nhớ hơn mức máy chủ cho phép ({mb, number} MB) để nhận dạng chữ; hãy dán nội dung thông báo hoặc gửi tệp PDF có lớp chữ.',
        ocrTooManyPages:
          'Bản quét có hơn {max} trang; máy chủ chỉ nhận dạng chữ bản quét đến {max} trang. Hãy dán nội dung thông báo.',
        readerBusy: 'Máy chủ đang đọc nhiều tệp PDF khác; hãy thử lại sau ít phút, hoặc dán nội dung thông báo.',
        ocrBusy: 'Máy chủ đang nhận dạng chữ các bản quét khác; hãy thử lại sau ít phút, hoặc dán nội dung thông báo.',
      },
    },
    tasks: {
      // tasks
      notFound: 'Không tìm thấy nhiệm vụ.',
      assessmentNotAssigned: 'Nội dung đánh giá không giao nhiệm vụ.',
      chooseLeads: 'Chọn ít nhất một cơ quan chủ trì.',
      chooseLead: 'Chọn cơ quan chủ trì.',
      alreadyAssigned:
        'Chỉ đạo này đã được giao cho {names}; không giao thêm nhiệm vụ thứ hai. Chưa giao nhiệm vụ nào.',
      takeOverDuplicate:
        '{agency} đã chủ trì một nhiệm vụ khác của cùng nội dung chỉ đạo: hãy cập nhật nhiệm vụ đó; Văn phòng sẽ đóng nhiệm vụ này.',
      endedAgencies: 'Không giao việc mới cho cơ quan đã chấm dứt hoạt động: {names}.',
      groupEmpty: 'Nhóm không có cơ quan nào vào ngày đã chọn.',
      /** Both the message and the field error of a deadline already past (lib/tasks/deadlines.ts). */
      pastDate:
        'Ngày {date} đã qua (hôm nay là {today}). Nếu đúng là ngày này, hãy đánh dấu “Xác nhận ngày đã qua” rồi gửi lại.',
      noDatedTasks: 'Không có nhiệm vụ có thời hạn nào để đổi.',
      extendDatedOnly: 'Chỉ gia hạn nhiệm vụ có thời hạn.',
      ended: 'Nhiệm vụ đã kết thúc.',
      requestedAfterCurrent: 'Thời hạn đề nghị phải sau thời hạn hiện tại.',
      chooseAfterCurrent: 'Chọn ngày sau thời hạn hiện tại.',
      extensionPending: 'Đã có đề nghị gia hạn đang chờ xử lý.',
      extensionNotFound: 'Không tìm thấy đề nghị gia hạn.',
      extensionDecided: 'Đề nghị đã được xử lý.',
      endedNoExtension: 'Nhiệm vụ đã kết thúc, không gia hạn.',
      grantedAfterCurrent: 'Thời hạn chấp thuận phải sau thời hạn hiện hành.',
      chooseAfter: 'Chọn ngày sau {date}.',
      requestNotAfterCurrent:
        'Thời hạn đề nghị không sau thời hạn hiện hành (đã được điều chỉnh); hãy từ chối đề nghị này.',
      noneOpenToUrge: 'Không có nhiệm vụ đang thực hiện nào để đôn đốc.',
      cancelled: 'Nhiệm vụ đã hủy.',
      agencyEnded: 'Cơ quan đã chấm dứt hoạt động.',
      tooManyFiles: 'Tối đa {max} tệp mỗi lần.',
      /**
       * An evidence file refused: its name, then the reason (a key of the files domain, or text). The name does not
       * open the sentence, which gets a capital.
       */
      badFile: 'Tệp {name}: {reason}',
      completedInFuture: 'Ngày hoàn thành không được sau hôm nay.',
      completedBeforeAssigned: 'Ngày hoàn thành trước ngày giao nhiệm vụ ({date}).',
      completionDocumentRequired: 'Nêu văn bản/kết quả hoàn thành (số, ký hiệu, ngày) hoặc đính kèm tệp minh chứng.',
      notRecurring: 'Nhiệm vụ này không báo cáo định kỳ.',
      periodNotOpen: 'Kỳ báo cáo chưa đến hoặc trước ngày giao.',
      choosePeriod: 'Chọn kỳ báo cáo khác.',
      periodReported: 'Kỳ này đã có báo cáo.',
      noPendingCompletion: 'Nhiệm vụ không có báo cáo hoàn thành đang chờ xác nhận.',
    },
    users: {
      // users
      cannotDisableSelf: 'Không thể tự khóa tài khoản của mình.',
      nameTaken:
        'Tên này trùng với tên của một người dùng khác cùng cơ quan; nhờ quản trị viên đổi tên nếu đây đúng là tên của bạn.',
      cannotResetOwnTwoFactor: 'Hãy tắt xác thực hai bước của mình tại trang Tài khoản.',
      twoFactorNotOn: 'Người dùng này chưa bật xác thực hai bước.',
      ssoNotLinked: 'Tài khoản này chưa gắn với người nào của đăng nhập một lần.',
      cannotChangeOwnRole: 'Không thể tự đổi vai trò hoặc cơ quan của mình.',
      userNotFound: 'Không tìm thấy người dùng.',
      agencyRequired: 'Người dùng của cơ quan phải thuộc một cơ quan.',
      agencyNotFound: 'Không tìm thấy cơ quan đã chọn.',
      agencyEnded: '{agency} đã kết thúc hoạt động từ ngày {date}: không thể thêm người dùng vào cơ quan này.',
      phoneInvalid:
        'Số điện thoại cần ít nhất 8 chữ số; chỉ gồm chữ, số, dấu cách và các dấu . , ; : / - + ( ) (tối đa 60 ký tự), ví dụ “ĐT: 024.3824.1234; DĐ: 0912.345.678”.',
      /** Single-use links to set a password (lib/users/links.ts): invitations and resets. */
      links: {
        invalid: 'Liên kết không hợp lệ. Hãy kiểm tra lại đường dẫn trong email, hoặc yêu cầu một liên kết mới.',
        used: 'Liên kết này đã được sử dụng. Mỗi liên kết chỉ dùng được một lần.',
        expired: 'Liên kết này đã hết hạn. Hãy yêu cầu một liên kết mới.',
        revoked: 'Liên kết này không còn hiệu lực vì đã có một liên kết mới hơn được gửi cho tài khoản.',
        disabled: 'Tài khoản này đã bị khóa. Vui lòng liên hệ quản trị viên.',
        throttled: 'Bạn đã yêu cầu quá nhiều lần. Vui lòng thử lại sau 15 phút.',
        emailTaken: 'Email {email} đã có tài khoản.',
        emailInvalid: 'Email không hợp lệ.',
        nameRequired: 'Vui lòng nhập họ và tên (tối đa 200 ký tự).',
        passwordRequired: 'Vui lòng nhập mật khẩu mới.',
        passwordTooLong: 'Mật khẩu tối đa 200 ký tự.',
        mismatch: 'Mật khẩu nhập lại không khớp.',
        userNotFound: 'Không tìm thấy người dùng.',
        userDisabled: 'Tài khoản đang bị khóa: hãy mở khóa trước khi gửi liên kết.',
      },
    },
    /** Bulk onboarding: users imported from a CSV or XLSX sheet (lib/users/import.ts). */
    userImport: {
      /** Said in the preview's message, above the rows: nothing is refused. */
      warnings: {
        suggested:
          '{count, plural, other {# người}} không ghi Vai trò hoặc Nhiệm vụ được gợi ý theo chức vụ (Thủ tướng, Phó Thủ tướng, Trưởng ban → Lãnh đạo; Bộ trưởng, Thứ trưởng, Chủ tịch UBND tỉnh… → Đầu mối của cơ quan). Các dòng này ghi “Theo chức vụ”: hãy kiểm tra trước khi nhập.',
        otherSheets:
          'Chỉ trang “{sheet}” được đọc; tệp còn danh sách ở trang {others}, chưa được nhập. Hãy nhập riêng từng trang (lưu trang đó thành tệp khác, hoặc chuyển nó lên đầu).',
        passedOver: 'Đã bỏ qua {count} dòng tiêu đề nhóm hoặc tổng cộng (không phải người): dòng {lines}.',
        namesakes:
          '{count, plural, other {# người}} trùng họ tên với người đã có trong danh bạ nhưng khác cơ quan ({names}): sẽ tạo người mới. Nếu là cùng một người, hãy chọn người đó ở ô “Người trong danh bạ” của dòng.',
        existing: '{count} người đã có tài khoản (cùng email), sẽ được bỏ qua: {emails}.',
        privileged:
          '{count} người sẽ có vai trò Thư ký hoặc Lãnh đạo (xem được công việc của mọi cơ quan): {emails}. Hãy kiểm tra trước khi nhập.',
        defaultDuty:
          '{count} người không ghi Nhiệm vụ sẽ là “Cán bộ”: soạn được báo cáo nhưng không gửi được. Người gửi báo cáo của cơ quan phải là “Đầu mối”.',
        noFocalPointMany:
          '{count} cơ quan sẽ không có Đầu mối nào (trong tệp và trong hệ thống), nên không ai gửi được báo cáo của cơ quan: {agencies}. Hãy chọn “Đầu mối” cho ít nhất một người của mỗi cơ quan.',
        noFocalPoint:
          '{agency} sẽ không có Đầu mối nào (trong tệp và trong hệ thống): {count} người của cơ quan đều là Cán bộ, không ai gửi được báo cáo. Hãy chọn “Đầu mối” cho ít nhất một người.',
      },
      chooseCommittee:
        'Danh sách có chức danh trong Ban Chỉ đạo: hãy chọn Ban Chỉ đạo để thêm những người này làm thành viên, hoặc chọn “Chỉ tạo tài khoản”.',
      unknownPost: 'Chức danh trong Ban Chỉ đạo “{value}” không rõ. Chọn một trong: {accepted}.',
      personNotMatched:
        'Người được chọn không trùng email hay họ tên với dòng này: hãy xem trước lại và chọn trong danh sách gợi ý.',
      personTwice: 'Người này đã được chọn ở dòng {line} của tệp: mỗi người chỉ một dòng.',
      memberRefused:
        'Dòng {line} không thêm được vào Ban Chỉ đạo: chưa tạo người dùng nào. Hãy sửa ô “Vị trí trong Ban” được đánh dấu rồi nhập lại.',
      nothing: 'Hãy chọn tệp CSV hoặc XLSX, hoặc dán danh sách.',
      fileTooLarge: 'Tệp quá lớn (tối đa {max} MB).',
      xlsxUnreadable: 'Không đọc được tệp Excel. Hãy lưu lại dưới dạng .xlsx (Excel Workbook) rồi tải lên.',
      csvEncoding:
        'Không đọc được chữ tiếng Việt trong tệp CSV (bảng mã lạ). Trong Excel, hãy lưu dưới dạng “CSV UTF-8 (Comma delimited)”.',
      noHeader: 'Không tìm thấy dòng tiêu đề có cột “Họ và tên” hoặc “Email”. Các cột cần có: {expected}.',
      noHeaderInSheets:
        'Không tìm thấy dòng tiêu đề có cột “Họ và tên” hoặc “Email” ở trang nào của tệp (đã xem: {sheets}). Các cột cần có: {expected}.',
      missingColumns: 'Tệp thiếu cột: {columns}. Các cột của mẫu: {expected}.',
      extraColumns:
        'Tệp có cột không xác định: {columns}. Hãy xóa các cột này hoặc đặt lại tiêu đề theo mẫu: {expected}.',
      columnTwice: 'Cột xuất hiện hai lần: {columns}.',
      noRows: 'Không có dòng nào để nhập.',
      tooManyRows: 'Mỗi lần nhập tối đa {max} dòng: hãy chia thành nhiều tệp.',
      fileTooManyRows: 'Tệp có {count} dòng, vượt quá giới hạn {max} dòng mỗi lần nhập: hãy chia thành nhiều tệp.',
      unknownRole: 'Vai trò “{value}” không hợp lệ. Chọn một trong: {accepted}.',
      adminNotImported:
        'Không tạo Quản trị viên qua nhập danh sách: hãy tạo từng tài khoản quản trị tại Quản trị › Người dùng.',
      unknownDuty: 'Nhiệm vụ “{value}” không hợp lệ. Chọn một trong: {accepted}.',
      unknownAgency: 'Không tìm thấy cơ quan “{value}” (theo mã, tên hoặc tên ngắn). Hãy chọn cơ quan.',
      ambiguousAgency: '“{value}” khớp với nhiều cơ quan. Hãy chọn cơ quan.',
      duplicateInFile: 'Email này đã có ở dòng {line} của tệp.',
      roleMissing:
        'Chưa rõ vai trò: tệp không có cột Vai trò, và chức vụ không nêu cơ quan nào trong danh mục. Hãy chọn vai trò (và cơ quan, nếu người này là cán bộ của một cơ quan).',
      emailTwo:
        'Ô email có {count} địa chỉ ({emails}): mỗi tài khoản dùng một địa chỉ. Hãy giữ lại email công vụ của chính người này.',
      emailMissing:
        'Chưa có email: tài khoản cần email công vụ của người này để gửi thư mời. Hãy điền email hoặc bỏ dòng này khỏi tệp.',
      agencyEndedSuccessor:
        '{agency} đã kết thúc hoạt động từ ngày {date}; nhiệm vụ chuyển cho {successor}. Nếu người này nay công tác ở {successor}, hãy chọn cơ quan đó.',
      rowsInvalid:
        '{count, plural, other {# dòng}} còn lỗi: chưa tạo người dùng nào. Hãy sửa các ô được đánh dấu rồi nhập lại.',
      raced:
        'Một email trong danh sách vừa được tạo tài khoản bởi thao tác khác: chưa tạo người dùng nào. Hãy xem trước lại.',
    },
    auth: {
      // auth
      accountNotFound: 'Không tìm thấy tài khoản.',
      passwordTooShort: 'Mật khẩu tối thiểu {min} ký tự.',
      passwordTooCommon: 'Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác.',
      passwordHasAccountName: 'Mật khẩu không được chứa tên tài khoản.',
      passwordUnchanged: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
      wrongPassword: 'Mật khẩu hiện tại không đúng.',
      codeNeeded: 'Nhập mã xác thực từ ứng dụng (tài khoản đã bật xác thực hai bước).',
      throttled: 'Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.',
      wrongCode: 'Mã xác thực không đúng hoặc đã dùng. Hãy nhập mã đang hiện trên ứng dụng.',
      enrolmentChanged: 'Mã bí mật đã được tạo lại ở nơi khác. Hãy quét mã mới rồi nhập mã xác thực.',
      enrolmentNotStarted: 'Chưa bắt đầu thiết lập xác thực hai bước.',
      twoFactorRequired: 'Vai trò của bạn bắt buộc dùng xác thực hai bước.',
      twoFactorOff: 'Xác thực hai bước chưa bật.',
    },
    sso: {
      passwordsOff: 'Hệ thống này không dùng mật khẩu: hãy đăng nhập một lần.',
    },
    auditTrail: {
      badFilter: 'Bộ lọc không hợp lệ: {filters}. Hãy sửa bộ lọc rồi xuất lại.',
    },
    agencies: {
      // agencies
      notFound: 'Không tìm thấy cơ quan.',
      handOverNotEnded: 'Chỉ bàn giao nhiệm vụ của cơ quan đã chấm dứt hoạt động và có cơ quan kế thừa.',
      codeFormat: 'Mã cơ quan chỉ gồm chữ cái không dấu, chữ số và các dấu - _ . (ví dụ BNV, P-TUYENQUANG).',
      nameTaken: 'Đã có cơ quan “{name}” (mã {code}) đang hoạt động. Hãy dùng cơ quan đó, hoặc đặt tên khác.',
      codeTaken: 'Mã {code} đã được dùng cho {name}. Hãy chọn mã khác.',
      parentNotFound: 'Không tìm thấy cơ quan cấp trên đã chọn.',
      groupProvinceUnknown:
        'Không rõ các sở, ban, ngành hay các xã, phường là của tỉnh nào: Ban Chỉ đạo không thuộc một tỉnh và văn bản không ghi tỉnh ban hành. Hãy chọn từng cơ quan chủ trì.',
      parentCycle: 'Không thể chọn {parent} làm cơ quan cấp trên: {parent} là chính cơ quan này hoặc trực thuộc nó.',
      validFromAfterEnd: 'Ngày bắt đầu hoạt động ({from}) không thể sau ngày cuối cùng hoạt động ({to}).',
      alreadyEnded: 'Cơ quan đã chấm dứt hoạt động từ sau ngày {date}.',
      successorNotFound: 'Không tìm thấy cơ quan kế thừa đã chọn.',
      successorCycle:
        'Không thể chọn {successor} làm cơ quan kế thừa: nó là chính cơ quan này hoặc đã được cơ quan này kế thừa.',
      successorEnded: '{successor} đã chấm dứt hoạt động trước ngày {date}, không thể kế thừa.',
      endBeforeStart: 'Ngày cuối cùng hoạt động ({to}) không thể trước ngày bắt đầu hoạt động ({from}).',
    },
    api: {
      problem: {
        invalid: { title: 'Dữ liệu không hợp lệ', detail: 'Yêu cầu có giá trị không hợp lệ; xem danh sách lỗi.' },
        unauthenticated: {
          title: 'Chưa xác thực',
          detail: 'Thiếu khóa API, hoặc khóa không đúng, đã hết hạn hay đã bị thu hồi.',
        },
        forbidden: { title: 'Không có quyền', detail: 'Bạn không có quyền thực hiện thao tác này.' },
        not_found: { title: 'Không tìm thấy', detail: 'Không tìm thấy bản ghi hoặc bạn không có quyền xem.' },
        conflict: { title: 'Xung đột phiên bản', detail: 'Bản ghi đã được người khác cập nhật sau khi bạn đọc.' },
        too_large: { title: 'Nội dung quá lớn', detail: 'Nội dung yêu cầu vượt quá 1 MB.' },
        unsupported_media_type: {
          title: 'Nội dung không phải JSON',
          detail: 'Nội dung yêu cầu phải được gửi với Content-Type: application/json.',
        },
        rate_limited: {
          title: 'Quá nhiều yêu cầu',
          detail: 'Khóa API đã gửi quá số yêu cầu cho phép trong một phút. Hãy thử lại sau.',
        },
        server: { title: 'Lỗi máy chủ', detail: 'Đã có lỗi ở máy chủ. Lỗi đã được ghi lại.' },
      },
      unsupportedParam: 'Tham số không được hỗ trợ: {name}.',
      unsupportedField: 'Trường không được hỗ trợ: {name}.',
      invalidParam: 'Giá trị không hợp lệ: {name}.',
      badCursor: 'Con trỏ trang không hợp lệ.',
      badJson: 'Nội dung yêu cầu phải là JSON hợp lệ.',
      badFieldName: 'Tên trường không được phép.',
      repeatedFieldName: 'Trường này được gửi nhiều hơn một lần.',
      tooDeep: 'Nội dung gửi lồng nhau quá {max} cấp.',
      // api
      invalidId: 'Mã không hợp lệ.',
      accountChanged: 'Tài khoản vừa thay đổi. Vui lòng tải lại trang và thử lại.',
      agencyEnded: 'Cơ quan của bạn đã kết thúc hoạt động: không thể tạo khóa API.',
      tooManyTokens: 'Mỗi tài khoản có tối đa {max} khóa API đang dùng. Hãy thu hồi một khóa trước khi tạo khóa mới.',
      tokenNotFound: 'Không tìm thấy khóa API (có thể đã bị thu hồi).',
    },
    files: {
      // files
      empty: 'Tệp rỗng.',
      tooBig: 'Tệp vượt quá 20 MB.',
      unsupported: 'Chỉ nhận tệp PDF, DOCX, XLSX, PNG hoặc JPEG (kiểm tra theo nội dung tệp).',
      damaged: 'Tệp bị hỏng hoặc không đầy đủ.',
      polyglot: 'Tệp có cấu trúc không hợp lệ (nhiều định dạng).',
      pdfActive: 'Tệp PDF chứa mã thực thi hoặc tệp nhúng, không được chấp nhận.',
      unsafePath: 'Tệp nén chứa đường dẫn không an toàn.',
      zipBomb: 'Tệp nén quá lớn khi giải nén.',
      macro: 'Tệp chứa macro, không được chấp nhận.',
      officeActive:
        'Tệp Office chứa đối tượng nhúng, liên kết tới tệp bên ngoài hoặc lệnh DDE, không được chấp nhận. Hãy lưu lại thành PDF rồi chọn lại.',
      badName: 'Tên tệp không hợp lệ (chứa đường dẫn hoặc ký tự điều khiển).',
      pdfEncrypted: 'Tệp PDF được mã hóa nên không kiểm tra được nội dung; hãy gửi bản không đặt mật khẩu.',
      pdfTooLarge: 'Tệp PDF quá lớn khi giải nén để kiểm tra.',
      mismatch: 'Tên tệp (.{ext}) không khớp nội dung ({label}).',
      /** A refused file, its name first (a task's evidence). */
      missing: 'Tệp minh chứng không còn trên máy chủ lưu trữ. Đề nghị báo quản trị viên để khôi phục tệp.',
      bodyTooLarge: 'Nội dung gửi lên vượt quá {mb} MB.',
      bodyTooLargeSmall: 'Nội dung gửi lên quá lớn.',
      tooManyParts: 'Biểu mẫu gửi lên có quá nhiều trường hoặc tệp (tối đa {fields} trường, {files} tệp).',
      badActionBody: 'Dữ liệu gửi lên không đúng dạng của biểu mẫu.',
      badMultipart: 'Biểu mẫu gửi lên sai dạng (thiếu ranh giới multipart hoặc bị cắt ngang).',
      lengthRequired: 'Cần khai báo độ dài nội dung (Content-Length) khi chưa đăng nhập.',
      lengthRequiredForm: 'Nội dung gửi từ biểu mẫu cần khai báo độ dài (Content-Length).',
      sessionNeeded: 'Phiên đăng nhập không hợp lệ hoặc đã hết hạn: hãy đăng nhập lại rồi gửi tệp.',
      badRouterState: 'Yêu cầu không hợp lệ: tiêu đề Next-Router-State-Tree sai dạng.',
      badCallbackUrl: 'Yêu cầu không hợp lệ: callbackUrl không phải là một đường dẫn hay địa chỉ web.',
      badAuthJson: 'Yêu cầu không hợp lệ: nội dung gửi lên không phải là một đối tượng JSON.',
      badMethod: 'Yêu cầu không hợp lệ: trang này không nhận phương thức của nó.',
      badTarget: 'Yêu cầu không hợp lệ: địa chỉ yêu cầu phải là một đường dẫn của trang này.',
    },
    notifications: {
      // notifications
      notFound: 'Không tìm thấy thông báo.',
    },
    /** People (issue 18): committees a user serves, drafts of task updates. */
    people: {
      committeeNotFound: 'Không tìm thấy Ban Chỉ đạo đã chọn.',
      draftNotFound: 'Không tìm thấy bản nháp.',
      draftSubmitted: 'Bản nháp này đã được gửi.',
      draftDiscarded: 'Bản nháp này đã bị hủy.',
      draftTaskClosed: 'Nhiệm vụ đã hoàn thành hoặc đã hủy: không soạn thêm báo cáo cập nhật.',
    },
    committees: {
      // committees (issue 18)
      notFound: 'Không tìm thấy Ban Chỉ đạo.',
      codeTaken: 'Mã {code} đã được dùng cho Ban Chỉ đạo khác.',
      nameTaken:
        'Đã có Ban Chỉ đạo “{name}” (mã {code}) hoạt động trong cùng thời gian. Hãy dùng ban đó, hoặc đặt tên khác.',
      memberNotFound: 'Không tìm thấy thành viên.',
      personNotFound: 'Không tìm thấy người được chọn.',
      agencyNotFound: 'Không tìm thấy cơ quan được chọn.',
      agencyNotInOperation:
        '{agency} không hoạt động vào ngày {date}: hãy chọn cơ quan đang hoạt động (cơ quan kế thừa).',
      alreadyEnded: 'Thành viên này đã kết thúc từ {date}.',
      endBeforeStart: 'Ngày kết thúc không được trước ngày bắt đầu ({date}).',
      alreadyMember: 'Đã là thành viên trong thời gian này (từ {date}).',
      headAlready: 'Ban Chỉ đạo đã có Trưởng ban {name} từ {date}; hãy kết thúc tư cách thành viên đó trước.',
      limitedCannotCreate: 'Tài khoản chỉ phụ trách một số Ban Chỉ đạo không tạo được Ban Chỉ đạo mới.',
      outsideCommitteeDays:
        'Ban Chỉ đạo hoạt động từ {from} đến {to}: thành viên phải bắt đầu và kết thúc trong thời gian đó.',
      daysLeaveOutSession:
        'Phiên họp thứ {number} ngày {date} của Ban Chỉ đạo nằm ngoài thời gian này: hãy giữ thời gian hoạt động bao gồm các phiên họp đã có.',
      daysLeaveOutMember:
        'Có thành viên bắt đầu từ {date}, ngoài thời gian này: hãy giữ thời gian hoạt động bao gồm các thành viên đã có.',
      sessionOutsideCommitteeDays: 'Ban Chỉ đạo hoạt động từ {from} đến {to}: ngày họp phải trong thời gian đó.',
    },
  },
  /** What an action says when it succeeded. */
  done: {
    backlogImported:
      'Đã nhập {directives} chỉ đạo và {tasks} nhiệm vụ{created, plural, =0 {} other {, tạo {created} cơ quan mới}}. {skipped, plural, =0 {} other {# dòng đã nhập trước đó, bỏ qua.}}',
    agenciesAdded:
      'Đã thêm {created, plural, other {# cơ quan}} vào danh mục{existing, plural, =0 {} other { (# cơ quan đã có)}}; danh sách được đọc lại.',
    membersAdded: 'Đã thêm {count, plural, other {# người}} vào Ban Chỉ đạo với chức danh ghi trong danh sách.',
    usersSkipped: 'Bỏ qua {count} người đã có tài khoản: {emails}.',
    usersImportedNoSmtp:
      'Đã tạo {count, plural, other {# người dùng}}. Máy chủ chưa cấu hình gửi thư (SMTP) nên {count, plural, other {# thư mời}} chưa đến người nhận: thư nằm trong Hộp thư đi (Hàng đợi › Hộp thư đi), mỗi thư có liên kết đặt mật khẩu để chuyển cho từng người.',
    usersImported:
      'Đã tạo {count, plural, other {# người dùng}} và xếp {count, plural, other {# thư mời}} vào Hộp thư đi; thư được gửi sau khi nhập xong.',
    inviteSent: 'Đã gửi lại lời mời đặt mật khẩu. Khi chưa cấu hình máy chủ thư (SMTP), thư nằm trong Hộp thư đi.',
    signInSent: 'Đã gửi lại hướng dẫn đăng nhập. Khi chưa cấu hình máy chủ thư (SMTP), thư nằm trong Hộp thư đi.',
    twoFactorReset: 'Đã tắt xác thực hai bước và đăng xuất người dùng khỏi mọi phiên.',
    ssoUnlinked: 'Đã gỡ liên kết đăng nhập một lần và đăng xuất người dùng khỏi mọi phiên.',
    resetSent: 'Đã gửi liên kết đặt lại mật khẩu. Khi chưa cấu hình máy chủ thư (SMTP), thư nằm trong Hộp thư đi.',
    saved: 'Đã lưu.',
    updateSaved: 'Đã lưu cập nhật.',
    commentSent: 'Đã gửi ý kiến.',
    reportSent: 'Đã gửi báo cáo.',
    extensionRequested: 'Đã gửi đề nghị gia hạn.',
    extensionDecided: 'Đã xử lý đề nghị gia hạn.',
    taskCancelled: 'Đã hủy nhiệm vụ.',
    leadReassigned: 'Đã giao lại cơ quan chủ trì.',
    completionConfirmed: 'Đã xác nhận hoàn thành.',
    completionReturned: 'Đã trả lại báo cáo hoàn thành.',
    urged: 'Đã đôn đốc {count} nhiệm vụ.',
    deadlinesChanged: 'Đã đổi thời hạn {count} nhiệm vụ.',
    pointAdded: 'Đã thêm điểm cầu.',
    pointSaved: 'Đã lưu điểm cầu.',
    provincePointsAdded: 'Đã thêm {count} điểm cầu tỉnh, thành phố.',
    attendeesSaved: 'Đã lưu {count} đại biểu.',
    directiveAdded: 'Đã thêm nội dung chỉ đạo.',
    tasksAssigned: 'Đã giao {count} nhiệm vụ.',
    published: 'Đã ban hành.',
    statusChanged: 'Đã chuyển trạng thái.',
    approved: 'Đã phê duyệt.',
    handedOver: 'Đã bàn giao {count} nhiệm vụ.',
    agencyCreated: 'Đã tạo cơ quan {name}.',
    agencySaved: 'Đã lưu thông tin cơ quan {name}.',
    agencyEnded: 'Đã ghi nhận {name} chấm dứt hoạt động sau ngày {date}.',
    handedOverAndMoved: 'Đã bàn giao {count} nhiệm vụ. Đã chuyển {moved} tài khoản sang cơ quan kế thừa.',
    /** People (issue 18). */
    people: {
      userCreated: 'Đã tạo tài khoản và gửi lời mời đặt mật khẩu tới {email}.',
      userSaved: 'Đã lưu thông tin người dùng.',
      profileSaved: 'Đã lưu thông tin của bạn.',
      profileUnchanged: 'Thông tin không thay đổi.',
      committeesSaved: 'Đã lưu các Ban Chỉ đạo người dùng phục vụ.',
      draftSaved: 'Đã lưu bản nháp. Đầu mối của cơ quan sẽ xem và gửi báo cáo.',
      draftSubmitted: 'Đã gửi báo cáo cập nhật từ bản nháp.',
      draftDiscarded: 'Đã hủy bản nháp.',
    },
    // committees (issue 18)
    memberAdded: 'Đã thêm thành viên.',
    memberEnded: 'Đã kết thúc tư cách thành viên.',
    savedMembersEnded: 'Đã lưu. {count} tư cách thành viên còn hiệu lực sau ngày kết thúc mới đã kết thúc vào ngày đó.',
  },
};
