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
    // -- tasks and progress
    // -- users, accounts, agencies
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
    // -- tasks and progress
    // -- users, accounts, agencies
  },
  errors: {
    notFound: 'Không tìm thấy trang hoặc bạn không có quyền xem.',
    forbidden: 'Bạn không có quyền thực hiện thao tác này.',
    notFoundRecord: 'Không tìm thấy bản ghi hoặc bạn không có quyền xem.',
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
    },
    tasks: {
      // tasks
    },
    users: {
      // users
    },
    auth: {
      // auth
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
    },
    files: {
      // files
    },
    notifications: {
      // notifications
    },
  },
};
