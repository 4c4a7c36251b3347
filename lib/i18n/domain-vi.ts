/**
 * What the domain says to a user, by key (lib/i18n/message.ts): field labels, validation and domain errors.
 * Spread into the catalogue (vi.ts); `domain-en.ts` must have the same keys (checked by its type and by
 * lib/i18n/catalogue.test.ts). ICU syntax: `{field}`, `{max, plural, other {# ký tự}}`.
 * Each domain keeps its own block below; add keys inside your domain's block.
 */
export const domainVi = {
  /** Form labels, used as the `field` parameter of validation messages. */
  fields: {
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
  },
  validation: {
    form: 'Dữ liệu chưa hợp lệ, vui lòng kiểm tra các ô được đánh dấu.',
    badPost: 'Dữ liệu gửi lên không hợp lệ.',
    required: 'Vui lòng nhập {field}.',
    choose: 'Vui lòng chọn {field}.',
    tooLong: '{field} tối đa {max} ký tự.',
    invalid: '{field} không hợp lệ.',
    dateFormat: '{field} phải có dạng ngày/tháng/năm, ví dụ 02/02/2024.',
    dateMissing: '{field} không tồn tại.',
    /** Rules without a message of their own, by zod issue code. */
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
      pasteNotice: 'Hãy dán nội dung thông báo.',
      nothingToSave: 'Không có nội dung nào để lưu.',
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
  },
  errors: {
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
    sessions: {
      // sessions
      numberTaken: 'Phiên họp số {number} đã có trong Ban Chỉ đạo này.',
      numberUsed: 'Số {number} đã được dùng cho một phiên họp khác.',
      pointNotFound: 'Không tìm thấy điểm cầu.',
      pointTaken: 'Điểm cầu "{name}" đã có trong phiên họp.',
      pointNameUsed: 'Tên điểm cầu đã được dùng.',
      rowsInvalid: '{count} dòng có lỗi; chưa lưu đại biểu nào.',
      dataInvalid: 'Dữ liệu không hợp lệ.',
      pointNotInSession: 'Điểm cầu không thuộc phiên họp này',
      personGone: 'Có đại biểu không còn trong danh mục, hãy chọn lại.',
      attendeeNotFound: 'Không tìm thấy đại biểu.',
      /** Problems of an attendance list's rows, shown in the preview grid. */
      import: {
        role: 'Vai trò không hợp lệ: “{value}” (chấp nhận: {accepted})',
        roleIsPresence: 'Vai trò không hợp lệ: “{value}” (chấp nhận: {accepted}); đây là giá trị của cột Tham dự',
        presence: 'Tham dự không hợp lệ: “{value}” (chấp nhận: {accepted})',
        pasteTooLong: 'Nội dung dán có quá {max, number} dòng',
        fileTooLong: 'Tệp có quá {max, number} dòng',
        column: 'Không nhận ra cột {column}: hãy dán kèm dòng tiêu đề ({expected}) hoặc chọn lại ở đây',
        columnWithText:
          'Không nhận ra cột {column} (“{text}”): hãy dán kèm dòng tiêu đề ({expected}) hoặc chọn lại ở đây',
        presenceColumn: 'Chưa rõ Tham dự: không nhận ra cột Tham dự, hãy chọn',
        nameColumn: 'Thiếu cột Họ và tên',
        csvEncoding: 'Tệp CSV không đúng mã UTF-8; hãy lưu lại dạng “CSV UTF-8”',
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
      alreadyApproved: 'Văn bản đã được phê duyệt.',
    },
    directives: {
      // directives
      notFound: 'Không tìm thấy nội dung chỉ đạo.',
      sessionNotFound: 'Không tìm thấy phiên họp.',
      parentNotInSession: 'Mục cha không thuộc phiên họp này.',
      chooseParentAgain: 'Chọn lại mục cha.',
      twoLevelsOnly: 'Chỉ chia hai cấp (2, 2a).',
      noGrandchildren: 'Mục con không có mục con.',
      deleteChildrenFirst: 'Hãy xóa các mục con trước.',
      hasTasks: 'Nội dung đã giao nhiệm vụ, không xóa được.',
      /**
       * A pasted proposal refused, by its number; `message` is the key of the reason (without parameters).
       * The reasons below start in lower case as they follow "Mục 2:" (alone, the sentence gets its capital).
       */
      inItem: 'Mục {item}: {message}',
      inItemParentMissing: 'Mục {item}: không tìm thấy mục cha {parent}.',
      inItemEndedAgencies: 'Mục {item}: không giao việc mới cho cơ quan đã chấm dứt hoạt động: {names}.',
      parentMissing: 'không tìm thấy mục cha {parent}.',
      groupEmptyOnSessionDay: 'nhóm cơ quan không có cơ quan nào vào ngày họp.',
      needsDeadline: 'chọn thời hạn cho nhiệm vụ.',
      chooseDeadline: 'Chọn thời hạn.',
    },
    tasks: {
      // tasks
      notFound: 'Không tìm thấy nhiệm vụ.',
      assessmentNotAssigned: 'Nội dung đánh giá không giao nhiệm vụ.',
      chooseLeads: 'Chọn ít nhất một cơ quan chủ trì.',
      chooseLead: 'Chọn cơ quan chủ trì.',
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
      completedBeforeAssigned: 'Ngày hoàn thành trước ngày giao.',
      completedBeforeAssignedOn: 'Ngày hoàn thành trước ngày giao nhiệm vụ.',
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
      userNotFound: 'Không tìm thấy người dùng.',
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
      enrolmentNotStarted: 'Chưa bắt đầu thiết lập xác thực hai bước.',
      twoFactorRequired: 'Vai trò của bạn bắt buộc dùng xác thực hai bước.',
      twoFactorOff: 'Xác thực hai bước chưa bật.',
    },
    agencies: {
      // agencies
      notFound: 'Không tìm thấy cơ quan.',
      handOverNotEnded: 'Chỉ bàn giao nhiệm vụ của cơ quan đã chấm dứt hoạt động và có cơ quan kế thừa.',
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
        rate_limited: {
          title: 'Quá nhiều yêu cầu',
          detail: 'Khóa API đã gửi quá số yêu cầu cho phép trong một phút. Hãy thử lại sau.',
        },
        server: { title: 'Lỗi máy chủ', detail: 'Đã có lỗi ở máy chủ. Lỗi đã được ghi lại.' },
      },
      unsupportedParam: 'Tham số không được hỗ trợ: {name}.',
      invalidParam: 'Giá trị không hợp lệ: {name}.',
      badCursor: 'Con trỏ trang không hợp lệ.',
      badJson: 'Nội dung yêu cầu phải là JSON hợp lệ.',
      badFieldName: 'Tên trường không được phép.',
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
      badName: 'Tên tệp không hợp lệ (chứa đường dẫn hoặc ký tự điều khiển).',
      pdfEncrypted: 'Tệp PDF được mã hóa nên không kiểm tra được nội dung; hãy gửi bản không đặt mật khẩu.',
      pdfTooLarge: 'Tệp PDF quá lớn khi giải nén để kiểm tra.',
      mismatch: 'Tên tệp (.{ext}) không khớp nội dung ({label}).',
      /** A refused file, its name first (a task's evidence). */
      missing: 'Tệp minh chứng không còn trên máy chủ lưu trữ. Đề nghị báo quản trị viên để khôi phục tệp.',
      bodyTooLarge: 'Nội dung gửi lên vượt quá {mb} MB.',
      bodyTooLargeSmall: 'Nội dung gửi lên quá lớn.',
      lengthRequired: 'Cần khai báo độ dài nội dung (Content-Length) khi chưa đăng nhập.',
      sessionNeeded: 'Phiên đăng nhập không hợp lệ hoặc đã hết hạn: hãy đăng nhập lại rồi gửi tệp.',
    },
    notifications: {
      // notifications
      notFound: 'Không tìm thấy thông báo.',
    },
  },
};
